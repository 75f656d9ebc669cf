import type { Claim } from '$lib/content/schema';
import type { Label } from '$lib/content/labels';
import { isRight } from './grading';
import { describeRightAnswer, describeRightChoice } from './right-answer';
import { LABEL_NAMES, VERDICTS } from './verdicts';

/**
 * One claim's line in a list of answers: "Right. Your answer: Speculation.", "Not quite. Your
 * answer: Opinion. Right answer: Speculation.", and for no answer either "Not answered. Right
 * answer: …." (`keyForUnanswered`, after hand-in) or "Not answered yet." (giving nothing away).
 */
export function claimOutcome(
	claim: Pick<Claim, 'label' | 'accepts'>,
	answer: { choice: Label } | undefined,
	keyForUnanswered: boolean
): string {
	if (!answer)
		return keyForUnanswered
			? `${VERDICTS.unanswered}. Right answer: ${describeRightAnswer(claim)}.`
			: `${VERDICTS.unanswered} yet.`;
	return isRight(claim, answer.choice)
		? `${VERDICTS.right}. Your answer: ${describeRightChoice(claim, answer.choice)}.`
		: `${VERDICTS.wrong}. Your answer: ${LABEL_NAMES[answer.choice]}. Right answer: ${describeRightAnswer(claim)}.`;
}
