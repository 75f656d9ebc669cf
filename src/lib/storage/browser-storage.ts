import { PROBE_KEY } from './keys';

/**
 * The browser's localStorage if it lets us use it, else null (disabled, private mode, sandboxed,
 * or reading throws). The only place that reaches for `localStorage`: everything else takes the
 * `Storage` this returns, so tests can pass a `MemoryStorage` instead.
 */
export function browserStorage(): Storage | null {
	try {
		const storage = window.localStorage;
		storage.getItem(PROBE_KEY);
		return storage;
	} catch {
		return null;
	}
}
