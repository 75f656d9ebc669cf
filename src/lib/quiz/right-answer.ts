import type { Claim } from '$lib/content/schema';
import { LABEL_NAMES } from './grading';

/**
 * The right answer of a claim in words, with any label the module accepts too:
 * "Opinion" or "Opinion (Speculation is right too)".
 */
export function describeRightAnswer(claim: Pick<Claim, 'label' | 'accepts'>): string {
	const also = (claim.accepts ?? []).map(({ label }) => LABEL_NAMES[label]);
	if (also.length === 0) return LABEL_NAMES[claim.label];
	return `${LABEL_NAMES[claim.label]} (${also.join(' or ')} ${also.length > 1 ? 'are' : 'is'} right too)`;
}
