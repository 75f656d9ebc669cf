import { isSameAnswer, type AnswerMap } from '$lib/quiz/answers';
import type { Sorting } from '$lib/quiz/grading';
import {
	browserStorage,
	loadProgress,
	NOTICES,
	saveProgress,
	type Notice
} from './progress-storage';
import type { SavedProgress } from './saved-progress';

/**
 * One module's progress in the browser: loaded once, saved on every change, and never thrown away
 * without the student asking.
 */
export class ModuleProgress {
	#storage: Storage | null;
	#writable: boolean;
	// Replaced whole on every change, so it needs no deep reactivity.
	#data: SavedProgress = $state.raw()!;
	notice: Notice | null = $state.raw(null);

	constructor(moduleId: string, contentVersion: number, storage = browserStorage()) {
		const loaded = loadProgress(storage, moduleId, contentVersion);
		this.#storage = storage;
		this.#writable = loaded.writable;
		this.#data = loaded.progress;
		this.notice = loaded.notice;
	}

	/** The progress as it is saved, for the student's own copy. */
	get saved(): SavedProgress {
		return this.#data;
	}

	get answers(): AnswerMap {
		return this.#data.answers;
	}

	get sorting(): Sorting {
		return this.#data.sorting;
	}

	setSorting(sorting: Sorting) {
		this.#commit({ ...this.#data, sorting });
	}

	/** Replaces the answers to the given claims with those in `answers` (absent ones are removed). */
	setAnswers(claimIds: readonly string[], answers: AnswerMap) {
		const next = { ...this.#data.answers };
		let changed = false;
		for (const id of claimIds) {
			if (isSameAnswer(answers[id], next[id])) continue;
			if (answers[id]) next[id] = answers[id];
			else delete next[id];
			changed = true;
		}
		if (changed) this.#commit({ ...this.#data, answers: next });
	}

	/** Forgets the answers to the given claims, so they are asked again. */
	clearAnswers(claimIds: readonly string[]) {
		this.setAnswers(claimIds, {});
	}

	/** Forgets every answer of the module (after the student confirmed it). */
	startOver() {
		this.#commit({ ...this.#data, answers: {} });
	}

	#commit(next: SavedProgress) {
		this.#data = { ...next, updatedAt: new Date().toISOString() };
		if (!this.#writable) return;
		const problem = saveProgress(this.#storage, this.#data);
		if (problem) this.notice = problem;
		else if (this.notice === NOTICES.full) this.notice = null;
	}
}
