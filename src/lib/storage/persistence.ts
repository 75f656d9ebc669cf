let asked: Promise<boolean> | null = null;

/**
 * Asks the browser to keep this site's saved data (localStorage) when it clears storage, as Safari
 * does after seven days without a visit (https://webkit.org/blog/14403/updates-to-storage-policy/).
 * Uses the Storage API (https://storage.spec.whatwg.org/#persistence): `persisted()` first, so a
 * browser that already keeps the data is not asked again, then `persist()`. Asks at most once per
 * page load; call it only once there is something worth keeping.
 * Returns true when the data is kept, false when the browser said no, lacks the API or failed.
 */
export function keepSavedData(): Promise<boolean> {
	asked ??= ask();
	return asked;
}

async function ask(): Promise<boolean> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (typeof storage?.persist !== 'function') return false;
	try {
		if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
		return await storage.persist();
	} catch {
		// an insecure origin or a browser that refuses outright: the data is not kept
		return false;
	}
}
