import { browserStorage } from '$lib/storage/browser-storage';
import { workKey } from '$lib/storage/keys';
import { readStored } from '$lib/storage/read-stored';

// Apart from assignment-work.ts, which the assignment page's first load carries: these are read
// only when the module of handed-in work is gone.

// Far more than any module's claims (a module's JSON is at most 512 KiB).
const CLAIMS_LIMIT = 10_000;

/**
 * The claim ids kept with handed-in work (`WorkRecord.handedInClaims`: the assignment's claims in
 * the order of the hand-in's answers), read through the storage layer, so that its result code
 * can be made again without the module (`handInOf`).
 * @param code the assignment's code, whose work is read
 * @param storage the browser's storage by default
 * @returns the ids; null when there is no handed-in work, or it kept none (handed in before they
 *   were kept), or they are not a list of at most CLAIMS_LIMIT strings of at most 200 characters.
 *   Never throws.
 */
export function handedInClaims(code: string, storage = browserStorage()): string[] | null {
	const read = readStored<string[]>(storage, workKey(code), (raw) => {
		try {
			const work = JSON.parse(raw) as { handedInAt?: unknown; handedInClaims?: unknown };
			const claims = work.handedInClaims;
			return typeof work.handedInAt === 'string' &&
				Array.isArray(claims) &&
				claims.length <= CLAIMS_LIMIT &&
				claims.every((id) => typeof id === 'string' && id.length <= 200)
				? { status: 'ok', value: claims as string[] }
				: { status: 'unreadable' };
		} catch {
			return { status: 'unreadable' };
		}
	});
	return read?.status === 'ok' ? read.value : null;
}
