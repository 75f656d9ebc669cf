/** A Storage kept in memory, for tests: it can be told to fail the way browsers do. */
export class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	/** When set, setItem throws this error name ("QuotaExceededError", "SecurityError"). */
	failWrites: string | null = null;
	/** When set, getItem throws this error name. */
	failReads: string | null = null;

	constructor(items: Record<string, string> = {}) {
		for (const [key, value] of Object.entries(items)) this.#items.set(key, value);
	}
	get length() {
		return this.#items.size;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	getItem(key: string) {
		if (this.failReads) throw new DOMException('Storage refused', this.failReads);
		return this.#items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.failWrites) throw new DOMException('Storage refused', this.failWrites);
		this.#items.set(key, String(value));
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	clear() {
		this.#items.clear();
	}
	keys() {
		return [...this.#items.keys()];
	}
}
