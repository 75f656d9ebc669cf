import { tryWrite, type StoredRead } from './load-stored';

/**
 * Work of other students on a shared device, kept aside next to the key that holds the active
 * student's: `<key>:kept:<ISO time it was put aside>`. Pages that only answer (section pages) read
 * the key alone and never see these.
 */
export interface KeptCopy<T> {
	/** The storage key of the copy. */
	key: string;
	value: T;
}

const keptPrefix = (key: string) => `${key}:kept:`;

/**
 * The readable copies kept aside of what is stored under `key`, oldest first.
 * @param read reads one stored string; copies it calls anything but `ok`/`partial` are left out
 * @returns an empty list when storage is missing or refuses to be read
 */
export function keptCopies<T>(
	storage: Storage | null,
	key: string,
	read: (raw: string) => StoredRead<T>
): KeptCopy<T>[] {
	const copies: KeptCopy<T>[] = [];
	try {
		for (let i = 0; storage && i < storage.length; i++) {
			const copyKey = storage.key(i);
			if (!copyKey?.startsWith(keptPrefix(key))) continue;
			const raw = storage.getItem(copyKey);
			const result = raw === null ? null : read(raw);
			if (result?.status === 'ok' || result?.status === 'partial') {
				copies.push({ key: copyKey, value: result.value });
			}
		}
	} catch {
		// storage switched off: nothing to list
	}
	return copies.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** Whether a storage event concerns the copies kept aside of `key`. */
export function isKeptKey(eventKey: string | null, key: string) {
	return eventKey === null || eventKey.startsWith(keptPrefix(key));
}

/**
 * Puts `next` under `key`. The current student's record (`keep`, as this page holds it) is first
 * copied aside under a new kept key, and the copy `next` came from (`fromKey`) is removed only once
 * `next` is in place, so that a failure part-way (storage full) never loses either: the copy is
 * written first, then the key replaced.
 * @returns false, with storage as it was, when the browser refused to write (full, switched off)
 */
export function swapStored(
	storage: Storage,
	key: string,
	next: string,
	{ keep, fromKey }: { keep?: string; fromKey?: string }
): boolean {
	let copyKey: string | null = null;
	try {
		if (keep !== undefined) {
			copyKey = keptPrefix(key) + new Date().toISOString();
			while (storage.getItem(copyKey) !== null) copyKey += '+';
			if (!tryWrite(storage, copyKey, keep)) return false;
		}
		if (!tryWrite(storage, key, next)) {
			if (copyKey) storage.removeItem(copyKey);
			return false;
		}
		if (fromKey && fromKey !== copyKey) storage.removeItem(fromKey);
		return true;
	} catch {
		// storage switched off while the page was open: nothing was replaced
		return false;
	}
}
