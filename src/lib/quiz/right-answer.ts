import type { Claim, Label } from '$lib/content/schema';
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

/**
 * A right answer in words: "Speculation", or for a label the module accepts too, "Stated fact
 * (right too, though we call this speculation)".
 */
export function describeRightChoice(claim: Pick<Claim, 'label'>, choice: Label): string {
	return choice === claim.label
		? LABEL_NAMES[choice]
		: `${LABEL_NAMES[choice]} (right too, though we call this ${LABEL_NAMES[claim.label].toLowerCase()})`;
}
