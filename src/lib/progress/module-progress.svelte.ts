import type { Sorting } from '$lib/quiz/grading';
import { browserStorage } from '$lib/storage/browser-storage';
import { progressKey } from '$lib/storage/keys';
import { NOTICES } from '$lib/storage/load-stored';
import { emptyProgress, readSavedProgress, type SavedProgress } from './saved-progress';
import { StoredAnswers } from '$lib/storage/stored-answers.svelte';

/** One module's self-study progress in the browser. */
export class ModuleProgress extends StoredAnswers<SavedProgress> {
	readonly #contentVersion: number;

	constructor(moduleId: string, contentVersion: number, storage = browserStorage()) {
		const fresh = emptyProgress(moduleId, contentVersion);
		super(progressKey(moduleId), (raw) => readSavedProgress(raw, moduleId), fresh, storage);
		this.#contentVersion = contentVersion;
	}

	protected combine(mine: SavedProgress, theirs: SavedProgress) {
		// Another tab runs a newer release of the module: this page is out of date.
		if (theirs.contentVersion > this.#contentVersion) this.notice = NOTICES.updated;
		const newer = theirs.updatedAt >= mine.updatedAt ? theirs : mine;
		return { ...newer, contentVersion: Math.max(mine.contentVersion, theirs.contentVersion) };
	}

	get sorting(): Sorting {
		return this.saved.sorting;
	}

	setSorting(sorting: Sorting) {
		this.commit({ ...this.saved, sorting });
	}

	/** Takes back the answers to the given claims, so they are asked again. */
	clearAnswers(claimIds: readonly string[]) {
		this.setAnswers(claimIds, {});
	}

	/** Takes back every answer of the module (after the student confirmed it). */
	startOver() {
		this.clearAnswers(Object.keys(this.saved.answers));
	}

	protected commit(next: SavedProgress) {
		// Saved under the newest release of the module that has used it.
		const contentVersion = Math.max(next.contentVersion, this.#contentVersion);
		super.commit({ ...next, contentVersion, updatedAt: new Date().toISOString() });
	}
}
