import { createSubscriber } from 'svelte/reactivity';
import { isKeptKey, keptCopies, swapStored, type KeptCopy } from '$lib/storage/kept-copies';
import { ModuleProgress } from './module-progress.svelte';
import { browserStorage } from '$lib/storage/browser-storage';
import { progressKey } from '$lib/storage/keys';
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
export class SharedModuleProgress extends ModuleProgress {
	readonly #moduleId: string;
	readonly #contentVersion: number;
	readonly #storage: Storage | null;
	#others: KeptCopy<SavedProgress>[] = $state.raw([]);
	readonly #listenForOthers: () => void;

	constructor(moduleId: string, contentVersion: number, storage = browserStorage()) {
		super(moduleId, contentVersion, storage);
		this.#moduleId = moduleId;
		this.#contentVersion = contentVersion;
		this.#storage = storage;
		this.#readOthers();
		// Another tab may switch students too.
		this.#listenForOthers = createSubscriber(() => {
			const take = ({ key }: StorageEvent) => {
				if (isKeptKey(key, progressKey(moduleId))) this.#readOthers();
			};
			addEventListener('storage', take);
			return () => removeEventListener('storage', take);
		});
	}

	#readOthers() {
		const id = this.#moduleId;
		this.#others = keptCopies(this.#storage, progressKey(id), (raw) => readSavedProgress(raw, id));
	}

	/** Earlier progress of other students in this browser, kept aside: oldest first. */
	get others(): readonly KeptCopy<SavedProgress>[] {
		this.#listenForOthers();
		return this.#others;
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
		const next: SavedProgress = {
			...emptyProgress(this.#moduleId, this.#contentVersion),
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
		const storage = this.#storage;
		const { answerCount, name } = this.summary;
		const swapped =
			!!storage &&
			swapStored(storage, progressKey(this.#moduleId), JSON.stringify(next), {
				keep: answerCount || name ? JSON.stringify(this.saved) : undefined,
				fromKey
			});
		if (swapped) this.commit(next);
		this.#readOthers();
		return swapped;
	}
}
