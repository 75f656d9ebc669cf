import {
	emptyProgress,
	PROGRESS_VERSION,
	readSavedProgress,
	type SavedProgress
} from './saved-progress';

/** The storage key of one module's progress. */
export function progressKey(moduleId: string) {
	return `claimwise:progress:v${PROGRESS_VERSION}:${moduleId}`;
}

/** Where unreadable progress is copied before anything new is written over it. */
export function rescueKey(moduleId: string, at: Date) {
	return `${progressKey(moduleId)}:unreadable:${at.toISOString()}`;
}

/** What the student is told about saving, in one calm sentence; null when all is well. */
export const NOTICES = {
	disabled:
		'This browser is not letting Claimwise save, so your answers last only while this tab is open.',
	full: 'Your browser’s storage is full, so new answers are kept only while this tab is open.',
	unreadable:
		'Your saved progress could not be read, so it starts afresh; the damaged copy is kept.',
	partial: 'Some saved answers could not be read and were left out; the original is kept.',
	newer:
		'Your progress was saved by a newer version of Claimwise: reload to get it. Nothing here changes it.'
} as const;

export type Notice = (typeof NOTICES)[keyof typeof NOTICES];

/** localStorage if the browser lets us use it, else null (disabled, private mode, sandboxed). */
export function browserStorage(): Storage | null {
	try {
		const storage = window.localStorage;
		storage.getItem(progressKey('probe'));
		return storage;
	} catch {
		return null;
	}
}

export interface LoadedProgress {
	progress: SavedProgress;
	notice: Notice | null;
	/** False when writing would destroy data this release cannot read (a newer format). */
	writable: boolean;
}

/**
 * Loads a module's progress. Whatever cannot be read in full is first copied aside, so the next
 * save never destroys a student's data silently.
 */
export function loadProgress(
	storage: Storage | null,
	moduleId: string,
	contentVersion: number,
	now = new Date()
): LoadedProgress {
	const fresh = emptyProgress(moduleId, contentVersion);
	if (!storage) return { progress: fresh, notice: NOTICES.disabled, writable: false };

	let raw: string | null;
	try {
		raw = storage.getItem(progressKey(moduleId));
	} catch {
		return { progress: fresh, notice: NOTICES.disabled, writable: false };
	}
	const result = readSavedProgress(raw, moduleId);
	switch (result.status) {
		case 'empty':
			return { progress: fresh, notice: null, writable: true };
		case 'ok':
			return { progress: { ...result.progress, contentVersion }, notice: null, writable: true };
		case 'newer':
			return { progress: fresh, notice: NOTICES.newer, writable: false };
		case 'partial':
		case 'unreadable': {
			const rescued =
				hasCopy(storage, `${progressKey(moduleId)}:unreadable:`, raw!) ||
				tryWrite(storage, rescueKey(moduleId, now), raw!);
			const progress = result.status === 'partial' ? { ...result.progress, contentVersion } : fresh;
			// If the copy failed, do not write over the only one.
			if (!rescued) return { progress, notice: NOTICES.full, writable: false };
			const notice = result.status === 'partial' ? NOTICES.partial : NOTICES.unreadable;
			return { progress, notice, writable: true };
		}
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

/** Saves a module's progress; returns the notice to show when it could not. */
export function saveProgress(storage: Storage | null, progress: SavedProgress): Notice | null {
	if (!storage) return NOTICES.disabled;
	return tryWrite(storage, progressKey(progress.moduleId), JSON.stringify(progress))
		? null
		: NOTICES.full;
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
