import type { Sorting } from '$lib/quiz/grading';
import { browserStorage, NOTICES, progressKey, type StoredRead } from './progress-storage';
import { emptyProgress, readSavedProgress, type SavedProgress } from './saved-progress';
import { StoredAnswers } from './stored-answers.svelte';

/** Reads a module's progress, as saved for this content version or a newer one. */
function reader(moduleId: string, contentVersion: number) {
	return (raw: string): StoredRead<SavedProgress> => {
		const read = readSavedProgress(raw, moduleId);
		if (read.status !== 'ok' && read.status !== 'partial') return read;
		const version = Math.max(read.value.contentVersion, contentVersion);
		return { ...read, value: { ...read.value, contentVersion: version } };
	};
}

/** One module's self-study progress in the browser. */
export class ModuleProgress extends StoredAnswers<SavedProgress> {
	readonly #contentVersion: number;

	constructor(moduleId: string, contentVersion: number, storage = browserStorage()) {
		const fresh = emptyProgress(moduleId, contentVersion);
		super(progressKey(moduleId), reader(moduleId, contentVersion), fresh, storage);
		this.#contentVersion = contentVersion;
	}

	protected combine(mine: SavedProgress, theirs: SavedProgress) {
		// Another tab runs a newer release of the module: this page is out of date.
		if (theirs.contentVersion > this.#contentVersion) this.notice = NOTICES.updated;
		return theirs.updatedAt >= mine.updatedAt ? theirs : mine;
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
		super.commit({ ...next, updatedAt: new Date().toISOString() });
	}
}
