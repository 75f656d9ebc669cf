import { createSubscriber } from 'svelte/reactivity';
import { on } from 'svelte/events';
import { loadStored, NOTICES, tryWrite, type Notice, type StoredRead } from './load-stored';

/** What this tab keeps when another tab saved: `resave` when theirs lacks something of ours. */
export interface Taken<T> {
	value: T;
	resave?: boolean;
}

/**
 * Combines this tab's value (`mine`) with one another tab saved (`theirs`, read `ok` or
 * `partial`); returns what to keep, or null to leave this tab's value as it is.
 */
export type Combine<T> = (mine: T, theirs: T, status: 'ok' | 'partial') => Taken<T> | null;

export interface RecordOptions<T> {
	/** The storage key, from `keys.ts`. */
	key: string;
	/** Reads what is stored under the key, by this tab or another; never throws. */
	read: (raw: string) => StoredRead<T>;
	/** The value before anything is stored. */
	fresh: T;
	/** The browser's storage (`browserStorage()`), a `MemoryStorage` in tests, or null when off. */
	storage: Storage | null;
	/**
	 * Loads how another tab's save is combined with this tab's value. Called when another tab
	 * first saves, so code needed only then can be imported lazily. Default: theirs, whole.
	 */
	combine?: () => Promise<Combine<T>>;
}

const takeTheirs =
	async <T>(): Promise<Combine<T>> =>
	(_mine, theirs) => ({ value: theirs });

/**
 * One record kept in the browser under one key: loaded and checked once (damaged data is first
 * copied aside, one copy per distinct damaged value), saved whole on every change, with a calm
 * notice when it cannot be, and kept in step with other tabs' saves of the same key.
 * Reading `value` inside an effect or template listens to other tabs for as long as it is shown.
 */
export class PersistedRecord<T> {
	readonly key: string;
	readonly storage: Storage | null;
	readonly #read: (raw: string) => StoredRead<T>;
	readonly #combine: () => Promise<Combine<T>>;
	#writable: boolean;
	// Replaced whole on every change, so it needs no deep reactivity.
	#data: T = $state.raw()!;
	/** What to tell the user about saving (see `NOTICES`); null when all is well. */
	notice: Notice | null = $state.raw(null);
	readonly #subscribe: () => void;
	readonly #external = new Set<(value: T) => void>();
	#listeners = 0;
	#stopListening = () => {};
	#taking = Promise.resolve();

	constructor({ key, read, fresh, storage, combine = takeTheirs }: RecordOptions<T>) {
		const loaded = loadStored(storage, key, read, fresh);
		this.key = key;
		this.storage = storage;
		this.#read = read;
		this.#combine = combine;
		this.#writable = loaded.writable;
		this.#data = loaded.value;
		this.notice = loaded.notice;
		this.#subscribe = createSubscriber(() => this.#hearOtherTabs());
	}

	/** The value as kept (and, when storage lets it, saved). */
	get value(): T {
		this.#subscribe();
		return this.#data;
	}

	/**
	 * Keeps `next` and saves it. Returns whether it was stored: false when storage is off or full
	 * (`notice` says so) or when this release may not write (`stopWriting`, a newer release's data).
	 */
	set(next: T): boolean {
		this.#data = next;
		return this.#save();
	}

	/**
	 * Stops saving: another tab or a newer release saved what this release cannot read (see
	 * `readStored`), so that writing over it would destroy it. Says so in `notice`.
	 */
	stopWriting() {
		this.#writable = false;
		this.notice = NOTICES.newer;
	}

	/**
	 * Calls `listener` with the value kept each time another tab's save changed it here; never for
	 * this tab's own saves. Returns a function that stops it.
	 */
	onExternalChange(listener: (value: T) => void): () => void {
		this.#external.add(listener);
		const stop = this.#hearOtherTabs();
		return () => {
			this.#external.delete(listener);
			stop();
		};
	}

	/** Listens to other tabs' saves until every caller has called the function this returns. */
	#hearOtherTabs() {
		if (this.#listeners++ === 0) {
			this.#stopListening = on(window, 'storage', (event) => this.#takeFromOtherTab(event));
		}
		return () => {
			if (--this.#listeners === 0) this.#stopListening();
		};
	}

	#save(): boolean {
		if (!this.#writable) return false;
		const saved = !!this.storage && tryWrite(this.storage, this.key, JSON.stringify(this.#data));
		if (!saved) this.notice = NOTICES.full;
		else if (this.notice === NOTICES.full) this.notice = null;
		return saved;
	}

	#takeFromOtherTab({ key, newValue, storageArea }: StorageEvent) {
		// A key removed by another tab or the browser: the next change here saves everything again.
		if (key !== this.key || storageArea !== this.storage || newValue === null) return;
		// Saves are taken in the order they came, each combined with this tab's latest value.
		this.#taking = this.#taking.then(this.#combine).then((combine) => {
			const theirs = this.#read(newValue);
			if (theirs.status === 'newer') this.stopWriting();
			if (theirs.status !== 'ok' && theirs.status !== 'partial') return;
			const taken = combine(this.#data, theirs.value, theirs.status);
			if (!taken) return;
			this.#data = taken.value;
			for (const listener of this.#external) listener(taken.value);
			if (taken.resave) this.#save();
		});
	}
}
