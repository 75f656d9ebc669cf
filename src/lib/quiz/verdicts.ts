// How answers are judged in words, in one place: the names of the choices, the sentence the quiz
// shows after an answer, and the verdict a results list, an answer sheet or the class table gives.
// A list's whole line is `claim-outcome.ts`: kept apart because it needs `right-answer.ts`, which
// section pages would otherwise load for nothing (about 300 bytes gzip).
import type { Claim } from '$lib/content/schema';
import type { Label } from '$lib/content/labels';
import { isRight, LABEL_NAMES } from './grading';

/**
 * The name of each choice ("Stated fact", "Speculation", "Opinion"), as its button and every list
 * of answers say it. Kept with the scoring, which every page loads first, so that the quiz's
 * buttons cost no extra request.
 */
export { LABEL_NAMES };

/** The three verdicts on one claim, as lists of answers and the class table word them. */
export const VERDICTS = {
	right: 'Right',
	wrong: 'Not quite',
	unanswered: 'Not answered'
} as const;

/** A label with its article, inside a sentence: "a stated fact", "an opinion", "speculation". */
export function article(label: Label): string {
	return label === 'fact' ? 'a stated fact' : label === 'opinion' ? 'an opinion' : 'speculation';
}

/**
 * The verdict the quiz shows after an answer: "Right: this is speculation.", "Right: a stated
 * fact is right too, though we call this speculation." (a label the module accepts too), or
 * "Not quite: this is speculation, not a stated fact.".
 */
export function verdict(claim: Pick<Claim, 'label' | 'accepts'>, choice: Label): string {
	const right = article(claim.label);
	if (choice === claim.label) return `Right: this is ${right}.`;
	return isRight(claim, choice)
		? `Right: ${article(choice)} is right too, though we call this ${right}.`
		: `Not quite: this is ${right}, not ${article(choice)}.`;
}
