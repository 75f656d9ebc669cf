import { isSameAnswer, type AnswerMap, type RecordedAnswer } from '$lib/quiz/answers';

/** When each claim's answer was last taken back (a retry, starting over), by claim id. */
export type ClearedMap = Record<string, string>;

/** Answers as two tabs keep them: what each claim was answered and when answers were taken back. */
export interface AnswerHistory {
	answers: AnswerMap;
	cleared?: ClearedMap;
	/** Whose self-study progress it is, once a second student on the device started their own. */
	owner?: unknown;
	/** When a student started assignment work: each student's work starts once. */
	startedAt?: unknown;
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : -Infinity);

function newerAnswer(a: RecordedAnswer | undefined, b: RecordedAnswer | undefined) {
	if (!a || !b) return a ?? b;
	const [ta, tb] = [time(a.answeredAt), time(b.answeredAt)];
	if (ta !== tb) return ta > tb ? a : b;
	// The same answer seen in two tabs: once its feedback was seen in either, it stays seen.
	return a.reviewed || a.choice !== b.choice ? a : b;
}

/**
 * Merges two copies of the same answers, claim by claim: the newest event wins, whether it is an
 * answer or its taking back. Neither copy's newer answers are lost.
 */
export function mergeAnswers(
	mine: AnswerHistory,
	theirs: AnswerHistory
): Required<Pick<AnswerHistory, 'answers' | 'cleared'>> {
	const answers: AnswerMap = {};
	const cleared: ClearedMap = {};
	const ids = new Set(
		[mine, theirs].flatMap((copy) => [
			...Object.keys(copy.answers),
			...Object.keys(copy.cleared ?? {})
		])
	);
	for (const id of ids) {
		const answer = newerAnswer(mine.answers[id], theirs.answers[id]);
		const [mineCleared, theirsCleared] = [mine.cleared?.[id], theirs.cleared?.[id]];
		const clearedAt = time(mineCleared) >= time(theirsCleared) ? mineCleared : theirsCleared;
		if (answer && time(answer.answeredAt) > time(clearedAt)) answers[id] = answer;
		else if (clearedAt) cleared[id] = clearedAt;
	}
	return { answers, cleared };
}

/** Whether two copies hold the same answers and the same takings back. */
export function isSameHistory(a: AnswerHistory, b: AnswerHistory) {
	const same = <V>(x: Record<string, V>, y: Record<string, V>, eq: (p?: V, q?: V) => boolean) =>
		Object.keys(x).length === Object.keys(y).length &&
		Object.keys(x).every((id) => eq(x[id], y[id]));
	return (
		same(a.answers, b.answers, isSameAnswer) &&
		same(a.cleared ?? {}, b.cleared ?? {}, (p, q) => p === q)
	);
}

/**
 * Whether two copies are one student's answers, to be merged; false when, on a shared device,
 * another student's record took the place of this one (another owner of self-study progress, or
 * assignment work started at another time), so that two students' answers never mix.
 */
export function isSameOwner(mine: AnswerHistory, theirs: AnswerHistory) {
	return mine.owner === theirs.owner && (!mine.startedAt || mine.startedAt === theirs.startedAt);
}
