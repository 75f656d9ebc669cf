import type { AnswerMap } from '$lib/quiz/answers';
import type { Sorting } from '$lib/quiz/grading';
import type { KeptCopy } from '$lib/storage/kept-copies';
import type { Notice } from '$lib/storage/load-stored';
import { mergeAnswers } from '$lib/storage/merge-answers';
import { SharedDevice } from '$lib/storage/shared-device.svelte';
import { browserStorage } from '$lib/storage/browser-storage';
import { ModuleProgress } from './module-progress.svelte';
import { readProgressFile } from './progress-file';
import { emptyProgress, readSavedProgress, type SavedProgress } from './saved-progress';

/** The longest name a student can give their progress, in characters. */
export const PROGRESS_NAME_LIMIT = 60;

/** Whose progress a record is, as the module page tells it. */
export interface ProgressSummary {
	/** The name given when it was started, or '' when none was given. */
	name: string;
	/** How many claims have an answer. */
	answerCount: number;
	/** When the latest answer was given (ISO time), or null with no answers. */
	lastAnsweredAt: string | null;
}

/** Whose progress a stored record is: the name it was started under, its answers and their latest time. */
export function summarize(progress: SavedProgress): ProgressSummary {
	const times = Object.values(progress.answers).map((answer) => answer.answeredAt);
	return {
		name: typeof progress.name === 'string' ? progress.name.slice(0, PROGRESS_NAME_LIMIT) : '',
		answerCount: times.length,
		lastAnsweredAt: times.length ? times.reduce((a, b) => (a > b ? a : b)) : null
	};
}

/**
 * One module's self-study progress on a device that several students share: the progress shown is
 * one student's, and the others' are kept aside in the same browser, to switch back to. Section
 * pages use plain `ModuleProgress` on the same key and never see the others.
 */
export class SharedModuleProgress {
	/** The progress shown and answered. */
	readonly progress: ModuleProgress;
	readonly #device: SharedDevice<SavedProgress>;

	/**
	 * @param moduleId the module's id; @param contentVersion the module release this page runs
	 * @param storage the browser's storage by default; null when it is off
	 */
	constructor(moduleId: string, contentVersion: number, storage = browserStorage()) {
		this.progress = new ModuleProgress(moduleId, contentVersion, storage);
		this.#device = new SharedDevice(this.progress.record, (raw) =>
			readSavedProgress(raw, moduleId)
		);
	}

	/** What is kept, as it is saved. */
	get saved(): SavedProgress {
		return this.progress.saved;
	}
	/** The answers, by claim id. */
	get answers(): AnswerMap {
		return this.progress.answers;
	}
	/** What to tell the student about saving; null when all is well. */
	get notice(): Notice | null {
		return this.progress.notice;
	}
	get sorting(): Sorting {
		return this.progress.sorting;
	}
	setSorting(sorting: Sorting) {
		this.progress.setSorting(sorting);
	}
	/** Replaces the answers to the given claims with those in `answers`; absent ones are taken back. */
	setAnswers(claimIds: readonly string[], answers: AnswerMap) {
		this.progress.setAnswers(claimIds, answers);
	}
	/** Takes back every answer of the module (after the student confirmed it). */
	startOver() {
		this.progress.startOver();
	}

	/**
	 * Adds the answers in a downloaded progress file (as the student picked it) to these: where both answered a
	 * claim, the newer answer stays, so nothing here is lost. Returns what to tell the student, in
	 * one sentence: how many answers the file held, or why it cannot be read (another module's
	 * progress, not progress at all, a newer format).
	 */
	async restore(file: Blob): Promise<string> {
		const read = readProgressFile(await file.text(), this.progress.moduleId);
		if (!read.ok) return read.error;
		const { answers } = mergeAnswers({ answers: this.answers }, { answers: read.progress.answers });
		this.progress.setAnswers(Object.keys(answers), answers);
		const count = Object.keys(read.progress.answers).length;
		return `Restored: ${count === 1 ? '1 answer from the file is' : `${count} answers from the file are`} now in your progress.`;
	}

	/** Earlier progress of other students in this browser, kept aside: oldest first. */
	get others(): readonly KeptCopy<SavedProgress>[] {
		return this.#device.others;
	}

	/** Whose progress this is. */
	get summary(): ProgressSummary {
		return summarize(this.saved);
	}

	/**
	 * Starts empty progress for another student (`name` may be ''), keeping the current progress
	 * aside in `others` if it has any answers or a name. Returns false, changing nothing, when the
	 * browser would not save (storage full or switched off).
	 */
	startOwn(name: string, now = new Date()): boolean {
		const { moduleId, contentVersion } = this.progress;
		const next: SavedProgress = {
			...emptyProgress(moduleId, contentVersion),
			owner: now.toISOString(),
			...(name && { name: name.slice(0, PROGRESS_NAME_LIMIT) })
		};
		return this.#switchTo(next);
	}

	/**
	 * Makes progress kept aside (one of `others`) the progress shown and answered again, keeping the
	 * current one aside in its place. Returns false, changing nothing, when the browser would not save.
	 */
	switchTo(other: KeptCopy<SavedProgress>): boolean {
		return this.#switchTo(other.value, other.key);
	}

	#switchTo(next: SavedProgress, fromKey?: string) {
		const { answerCount, name } = this.summary;
		const swapped = this.#device.swap(next, answerCount || name ? this.saved : undefined, fromKey);
		if (swapped) this.progress.commit(next);
		return swapped;
	}
}
