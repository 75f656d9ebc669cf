import { readRaw, type StoredRead } from './load-stored';

// Apart from load-stored.ts, which every page loads: only pages that reopen records need this.
/**
 * What is stored under a key, read once without changing anything: null when nothing is stored
 * or storage is missing or refuses to be read.
 */
export function readStored<T>(
	storage: Storage | null,
	key: string,
	read: (raw: string) => StoredRead<T>
): StoredRead<T> | null {
	const raw = readRaw(storage, key);
	return raw == null ? null : read(raw);
}
