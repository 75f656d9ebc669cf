import { isSameAnswer, type AnswerMap } from '$lib/quiz/answers';
import type { AnswerHistory } from './merge-answers';
import type { Combine } from './persisted-record.svelte';

/**
 * `data` with the answers to the given claims (ids) replaced by those in `answers`: an absent one
 * is taken back, and when (ISO time, now) is recorded in `cleared` so that other tabs take it back
 * too. Returns null when nothing changes.
 */
export function withAnswers<T extends AnswerHistory>(
	data: T,
	claimIds: readonly string[],
	answers: AnswerMap
): T | null {
	const next = { ...data.answers };
	const cleared = { ...data.cleared };
	let changed = false;
	for (const id of claimIds) {
		if (isSameAnswer(answers[id], next[id])) continue;
		changed = true;
		if (answers[id]) {
			next[id] = answers[id];
			delete cleared[id];
		} else {
			delete next[id];
			cleared[id] = new Date().toISOString();
		}
	}
	return changed ? { ...data, answers: next, cleared } : null;
}

/**
 * How a record that holds answers takes in another tab's save (for `PersistedRecord`'s
 * `combine`): answers merged claim by claim, the newest event winning (see `mergeAnswers`), and
 * everything else as `rest` combines it. Another student's record that took
 * this place on a shared device is taken whole. Asks to save again when theirs lacks something of
 * ours. The merging code loads only once another tab saves.
 */
export function combineAnswers<T extends AnswerHistory>(
	rest: (mine: T, theirs: T) => T
): () => Promise<Combine<T>> {
	return async () => {
		const merging = await import('./merge-answers');
		return (mine, theirs) => {
			const combined = rest(mine, theirs);
			const value = merging.isSameOwner(mine, theirs)
				? { ...combined, ...merging.mergeAnswers(mine, theirs) }
				: theirs;
			return { value, resave: !merging.isSameHistory(value, theirs) };
		};
	};
}
