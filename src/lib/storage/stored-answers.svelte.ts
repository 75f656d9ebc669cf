import { createSubscriber } from 'svelte/reactivity';
import { on } from 'svelte/events';
import { isSameAnswer, type AnswerMap } from '$lib/quiz/answers';
import type { AnswerHistory } from './merge-answers';
import { loadStored, NOTICES, tryWrite, type Notice, type StoredRead } from './load-stored';

/**
 * Answers kept in the browser under one key: loaded once, saved on every change, never thrown away
 * without the student asking, and kept in step with other tabs open on the same answers.
 */
export class StoredAnswers<T extends AnswerHistory> {
	readonly #key: string;
	readonly #read: (raw: string) => StoredRead<T>;
	readonly #storage: Storage | null;
	#writable: boolean;
	// Replaced whole on every change, so it needs no deep reactivity.
	#data: T = $state.raw()!;
	notice: Notice | null = $state.raw(null);
	readonly #listen: () => void;
	readonly #external = new Set<(answers: AnswerMap) => void>();
	#listeners = 0;
	#stopListening = () => {};
	#merging = Promise.resolve();

	/**
	 * @param read reads what is stored under the key, by this tab or another
	 * @param fresh what there is before anything is stored
	 */
	constructor(
		key: string,
		read: (raw: string) => StoredRead<T>,
		fresh: T,
		storage: Storage | null
	) {
		const loaded = loadStored(storage, key, read, fresh);
		this.#key = key;
		this.#read = read;
		this.#storage = storage;
		this.#writable = loaded.writable;
		this.#data = loaded.value;
		this.notice = loaded.notice;
		// Other tabs' saves are taken in for as long as something on the page shows these answers.
		this.#listen = createSubscriber(() => this.#hearOtherTabs());
	}

	/** Listens to other tabs' saves until every caller has returned the function this returns. */
	#hearOtherTabs() {
		if (this.#listeners++ === 0) {
			this.#stopListening = on(window, 'storage', (event) => this.#takeFromOtherTab(event));
		}
		return () => {
			if (--this.#listeners === 0) this.#stopListening();
		};
	}

	/**
	 * Calls `listener` with the answers (the whole map, merged) each time another tab's save changed
	 * them here; never for this tab's own saves. Returns a function that stops it.
	 */
	onExternalChange(listener: (answers: AnswerMap) => void): () => void {
		this.#external.add(listener);
		const stop = this.#hearOtherTabs();
		return () => {
			this.#external.delete(listener);
			stop();
		};
	}

	/** Everything but the answers, when another tab saved: theirs, unless a subclass knows better. */
	protected combine(_mine: T, theirs: T): T {
		return theirs;
	}

	/** What is kept, as it is saved. */
	get saved(): T {
		this.#listen();
		return this.#data;
	}

	get answers(): AnswerMap {
		return this.saved.answers;
	}

	/** Replaces the answers to the given claims with those in `answers`; absent ones are taken back. */
	setAnswers(claimIds: readonly string[], answers: AnswerMap) {
		const data = this.#data;
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
		if (changed) this.commit({ ...data, answers: next, cleared });
	}

	protected commit(next: T) {
		this.#data = next;
		this.#save();
	}

	#save() {
		if (!this.#writable) return;
		const saved = !!this.#storage && tryWrite(this.#storage, this.#key, JSON.stringify(this.#data));
		if (!saved) this.notice = NOTICES.full;
		else if (this.notice === NOTICES.full) this.notice = null;
	}

	#takeFromOtherTab({ key, newValue, storageArea }: StorageEvent) {
		// A key removed by another tab or the browser: the next answer here saves everything again.
		if (key !== this.#key || storageArea !== this.#storage || newValue === null) return;
		// Merging code loads only once another tab saves; saves are merged in the order they came.
		this.#merging = this.#merging
			.then(() => import('./merge-answers'))
			.then(({ mergeAnswers, isSameHistory, isSameOwner }) => {
				const theirs = this.#read(newValue);
				if (theirs.status === 'newer') {
					this.#writable = false;
					this.notice = NOTICES.newer;
				}
				if (theirs.status !== 'ok' && theirs.status !== 'partial') return;
				const mine = this.#data;
				const combined = this.combine(mine, theirs.value);
				// Another student's record took this place on a shared device: theirs, whole.
				const merged = isSameOwner(mine, theirs.value)
					? { ...combined, ...mergeAnswers(mine, theirs.value) }
					: theirs.value;
				this.#data = merged;
				for (const listener of this.#external) listener(merged.answers);
				// Both tabs answered at once, so their copy lacks something of ours: save the two together.
				if (!isSameHistory(merged, theirs.value)) this.#save();
			});
	}
}
