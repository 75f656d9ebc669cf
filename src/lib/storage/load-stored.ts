/** What the student is told about saving, in one calm sentence; null when all is well. */
export const NOTICES = {
	disabled:
		'This browser is not letting Claimwise save, so your answers last only while this tab is open.',
	full: 'Your browser’s storage is full, so new answers are kept only while this tab is open.',
	unreadable:
		'Your saved progress could not be read, so it starts afresh; the damaged copy is kept.',
	partial: 'Some saved answers could not be read and were left out; the original is kept.',
	newer:
		'Your progress was saved by a newer version of Claimwise: reload to get it. Nothing here changes it.',
	updated:
		'This module was updated since you opened this page: reload it to see the new version. Your answers are kept.'
} as const;

export type Notice = (typeof NOTICES)[keyof typeof NOTICES];

/** What reading a stored string found; `partial` means some answers could not be read. */
export type StoredRead<T> =
	| { status: 'empty' }
	| { status: 'ok' | 'partial'; value: T }
	| { status: 'unreadable' }
	| { status: 'newer' };

export interface Loaded<T> {
	value: T;
	notice: Notice | null;
	/** False when writing would destroy data this release cannot read (a newer format). */
	writable: boolean;
}

/**
 * Loads what is stored under a key. Whatever cannot be read in full is first copied aside, so the
 * next save never destroys a student's data silently.
 */
export function loadStored<T>(
	storage: Storage | null,
	key: string,
	read: (raw: string) => StoredRead<T>,
	fresh: T
): Loaded<T> {
	const raw = readRaw(storage, key);
	if (raw === undefined) return { value: fresh, notice: NOTICES.disabled, writable: false };
	const result: StoredRead<T> = raw === null ? { status: 'empty' } : read(raw);
	switch (result.status) {
		case 'empty':
			return { value: fresh, notice: null, writable: true };
		case 'ok':
			return { value: result.value, notice: null, writable: true };
		case 'newer':
			return { value: fresh, notice: NOTICES.newer, writable: false };
		case 'partial':
		case 'unreadable': {
			const rescued =
				hasCopy(storage!, `${key}:unreadable:`, raw!) ||
				tryWrite(storage!, `${key}:unreadable:${new Date().toISOString()}`, raw!);
			const value = result.status === 'partial' ? result.value : fresh;
			// If the copy failed, do not write over the only one.
			if (!rescued) return { value, notice: NOTICES.full, writable: false };
			const notice = result.status === 'partial' ? NOTICES.partial : NOTICES.unreadable;
			return { value, notice, writable: true };
		}
	}
}

/** The string stored under a key: null when none, undefined when storage is missing or refuses. */
export function readRaw(storage: Storage | null, key: string) {
	try {
		return storage?.getItem(key);
	} catch {
		// storage switched off
	}
}

/** Whether a copy of this damaged data was already kept, so each page view does not add one. */
function hasCopy(storage: Storage, prefix: string, raw: string) {
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(prefix) && storage.getItem(key) === raw) return true;
	}
	return false;
}

/** Writes one item; false when the browser refused (full, or switched off meanwhile). */
export function tryWrite(storage: Storage, key: string, value: string): boolean {
	try {
		storage.setItem(key, value);
		return true;
	} catch {
		// QuotaExceededError, or storage switched off while the page was open
		return false;
	}
}
