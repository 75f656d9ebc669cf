import { createSubscriber } from 'svelte/reactivity';
import { on } from 'svelte/events';
import { isKeptKey, keptCopies, swapStored, type KeptCopy } from './kept-copies';
import type { PersistedRecord } from './persisted-record.svelte';
import type { StoredRead } from './load-stored';

/**
 * The other people's copies of a record on a device several people share (kept aside next to
 * it, see `kept-copies.ts`), and switching between them. Composed by the pages that let people
 * switch; pages that only answer never load it.
 */
export class SharedDevice<T> {
	readonly #record: PersistedRecord<T>;
	readonly #read: (raw: string) => StoredRead<T>;
	#others: KeptCopy<T>[] = $state.raw([]);
	readonly #subscribe: () => void;

	/** @param read reads one kept copy, as the record reads its own value */
	constructor(record: PersistedRecord<T>, read: (raw: string) => StoredRead<T>) {
		this.#record = record;
		this.#read = read;
		this.#readOthers();
		// Another tab may switch people too.
		this.#subscribe = createSubscriber(() =>
			on(window, 'storage', ({ key }) => {
				if (isKeptKey(key, record.key)) this.#readOthers();
			})
		);
	}

	#readOthers() {
		this.#others = keptCopies(this.#record.storage, this.#record.key, this.#read);
	}

	/** The copies kept aside, oldest first. */
	get others(): readonly KeptCopy<T>[] {
		this.#subscribe();
		return this.#others;
	}

	/**
	 * Puts `next` in the record's place in storage, first keeping `keep` (the current person's value,
	 * when worth keeping) aside, and removing `fromKey` (the kept copy `next` came from). Returns
	 * false, with storage as it was, when the browser would not save (full or switched off); the
	 * caller then keeps the record as it is, else sets it to `next`.
	 */
	swap(next: T, keep: T | undefined, fromKey?: string): boolean {
		const { storage, key } = this.#record;
		const swapped =
			!!storage &&
			swapStored(storage, key, JSON.stringify(next), {
				keep: keep === undefined ? undefined : JSON.stringify(keep),
				fromKey
			});
		this.#readOthers();
		return swapped;
	}
}
