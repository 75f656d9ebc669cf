import type { AnswerMap } from '$lib/quiz/answers';
import type { Sorting } from '$lib/quiz/grading';
import { browserStorage } from '$lib/storage/browser-storage';
import { progressKey } from '$lib/storage/keys';
import { NOTICES, type Notice } from '$lib/storage/load-stored';
import { PersistedRecord } from '$lib/storage/persisted-record.svelte';
import { combineAnswers, withAnswers } from '$lib/storage/stored-answers';
import { emptyProgress, readSavedProgress, type SavedProgress } from './saved-progress';

/**
 * One module's self-study progress in the browser (a `SavedProgress` under `progressKey`): loaded
 * once, saved on every change, kept in step with other tabs open on the same module.
 */
export class ModuleProgress {
	readonly moduleId: string;
	readonly contentVersion: number;
	readonly record: PersistedRecord<SavedProgress>;

	/**
	 * @param moduleId the module's id; @param contentVersion the module release this page runs
	 * @param storage the browser's storage by default; null when it is off
	 */
	constructor(moduleId: string, contentVersion: number, storage = browserStorage()) {
		this.moduleId = moduleId;
		this.contentVersion = contentVersion;
		this.record = new PersistedRecord({
			key: progressKey(moduleId),
			read: (raw) => readSavedProgress(raw, moduleId),
			fresh: emptyProgress(moduleId, contentVersion),
			storage,
			combine: combineAnswers((mine, theirs) => {
				// Another tab runs a newer release of the module: this page is out of date.
				if (theirs.contentVersion > contentVersion) this.record.notice = NOTICES.updated;
				const newer = theirs.updatedAt >= mine.updatedAt ? theirs : mine;
				return { ...newer, contentVersion: Math.max(mine.contentVersion, theirs.contentVersion) };
			})
		});
	}

	/** What is kept, as it is saved. */
	get saved(): SavedProgress {
		return this.record.value;
	}

	/** The answers, by claim id. */
	get answers(): AnswerMap {
		return this.saved.answers;
	}

	/** What to tell the student about saving; null when all is well. */
	get notice(): Notice | null {
		return this.record.notice;
	}

	get sorting(): Sorting {
		return this.saved.sorting;
	}

	setSorting(sorting: Sorting) {
		this.commit({ ...this.saved, sorting });
	}

	/** Replaces the answers to the given claims with those in `answers`; absent ones are taken back. */
	setAnswers(claimIds: readonly string[], answers: AnswerMap) {
		const next = withAnswers(this.record.value, claimIds, answers);
		if (next) this.commit(next);
	}

	/**
	 * Calls `listener` with all the answers each time another tab's save changed them here; never
	 * for this tab's own saves. Returns a function that stops it.
	 */
	onExternalChange(listener: (answers: AnswerMap) => void): () => void {
		return this.record.onExternalChange((value) => listener(value.answers));
	}

	/** Takes back the answers to the given claims, so they are asked again. */
	clearAnswers(claimIds: readonly string[]) {
		this.setAnswers(claimIds, {});
	}

	/** Takes back every answer of the module (after the student confirmed it). */
	startOver() {
		this.clearAnswers(Object.keys(this.saved.answers));
	}

	/** Keeps and saves `next`, under the newest release of the module that has used it. */
	commit(next: SavedProgress) {
		const contentVersion = Math.max(next.contentVersion, this.contentVersion);
		this.record.set({ ...next, contentVersion, updatedAt: new Date().toISOString() });
	}
}
