import type { Claim } from '$lib/content/schema';
import type { Label } from '$lib/content/labels';
import type { AnswerMap, RecordedAnswer } from './answers';

/** Two-way sorting asks fact or speculation; three-way adds opinion. */
export type Sorting = 'two-way' | 'three-way';

export const LABEL_NAMES: Record<Label, string> = {
	fact: 'Stated fact',
	speculation: 'Speculation',
	opinion: 'Opinion'
};

/** The answer buttons a quiz offers, in order. */
export function choicesFor(sorting: Sorting): Label[] {
	return sorting === 'three-way' ? ['fact', 'speculation', 'opinion'] : ['fact', 'speculation'];
}

/** The claims a quiz asks about: opinions only in three-way sorting. */
export function claimsInQuiz<T extends Pick<Claim, 'label'>>(
	claims: readonly T[],
	sorting: Sorting
) {
	return claims.filter((claim) => sorting === 'three-way' || claim.label !== 'opinion');
}

export interface Score {
	correct: number;
	answered: number;
	total: number;
}

/**
 * Whether a choice counts as right for a claim: its label, or another label the module accepts
 * for it too (`accepts`, see docs/content-format.md).
 */
export function isRight(claim: Pick<Claim, 'label' | 'accepts'>, choice: Label): boolean {
	return choice === claim.label || !!claim.accepts?.some((other) => other.label === choice);
}

/** How many of the claims were answered, and how many of those rightly (accepted labels count). */
export function scoreOf(
	claims: readonly Pick<Claim, 'id' | 'label' | 'accepts'>[],
	answers: AnswerMap
): Score {
	let correct = 0;
	let answered = 0;
	for (const claim of claims) {
		const answer = answerOf(answers, claim.id);
		if (!answer) continue;
		answered++;
		if (isRight(claim, answer.choice)) correct++;
	}
	return { correct, answered, total: claims.length };
}

/**
 * The answer to a claim, or undefined: only the map's own entries count, so a claim whose id is
 * "constructor" or "toString" is unanswered until it is answered.
 */
export function answerOf(answers: AnswerMap, claimId: string): RecordedAnswer | undefined {
	return Object.hasOwn(answers, claimId) ? answers[claimId] : undefined;
}

/** "4 of 6" with a percentage when there is anything to count. */
export function describeScore({ correct, total }: Score): string {
	return total ? `${correct} of ${total} (${Math.round((100 * correct) / total)}%)` : 'no claims';
}
