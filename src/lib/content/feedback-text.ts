import type { Claim } from './schema';
import { TECHNIQUES } from './techniques';
import { LABEL_NAMES } from '$lib/quiz/grading';

/**
 * The claim with its feedback spelled out in its explanation: the technique named at the start
 * ("This is a hedge. …") and each label the module accepts too at the end ("Speculation is
 * right too: …"), so that a page shows them with markup it already has. A fact with no accepted
 * labels is returned as it is.
 */
export function withFeedbackText<T extends Pick<Claim, 'technique' | 'explanation' | 'accepts'>>(
	claim: T
): T {
	if (!claim.technique && !claim.accepts) return claim;
	const parts = [
		claim.technique ? `This is ${TECHNIQUES[claim.technique].name}.` : '',
		claim.explanation,
		...(claim.accepts ?? []).map(({ label, why }) => `${LABEL_NAMES[label]} is right too: ${why}`)
	];
	return { ...claim, explanation: parts.filter(Boolean).join(' ') };
}
