import type { Label } from '$lib/content/labels';

/** One answer as it is kept: the choice, when it was made, and whether its feedback was seen. */
export interface RecordedAnswer {
	choice: Label;
	answeredAt: string;
	/** True once the student moved on from the answer's feedback (or there was none to see). */
	reviewed: boolean;
}

export type AnswerMap = Record<string, RecordedAnswer>;

/** The answered claim whose feedback the student has not moved on from, if any. */
export function claimAwaitingReview(claimIds: readonly string[], answers: AnswerMap) {
	return claimIds.find((id) => answers[id] && !answers[id].reviewed) ?? null;
}

/** The first claim in quiz order that has no answer yet, if any. */
export function firstUnansweredClaim(claimIds: readonly string[], answers: AnswerMap) {
	return claimIds.find((id) => !answers[id]) ?? null;
}

/** Only the answers that belong to the given claims. */
export function answersFor(claimIds: readonly string[], answers: AnswerMap): AnswerMap {
	const kept: AnswerMap = {};
	for (const id of claimIds) if (answers[id]) kept[id] = answers[id];
	return kept;
}

/** Whether two answers (or their absence) are the same. */
export function isSameAnswer(a: RecordedAnswer | undefined, b: RecordedAnswer | undefined) {
	if (!a || !b) return a === b;
	return a.choice === b.choice && a.answeredAt === b.answeredAt && a.reviewed === b.reviewed;
}
