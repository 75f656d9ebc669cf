import { decodeAssignment } from './assignment-link';
import { isRecord } from '$lib/is-record';
import type { Decoded } from './encoding';
import { decodeResult } from './result-code';
import { cleanCodeInput } from './find-codes';
import { cleanFileText } from '$lib/clean-file-text';

/**
 * A teacher's assignments and the results handed in, kept in the browser. Assignments are kept
 * as their link and results as their code, so one decoder checks each, wherever it comes from.
 */
export interface Collection {
	version: 1;
	assignments: CollectedAssignment[];
}

export interface CollectedAssignment {
	link: string;
	createdAt: string;
	results: { code: string; receivedAt: string }[];
}

/** The `format` field of a collection file. */
export const COLLECTION_FORMAT = 'claimwise-collection';
/** The longest collection file read, in characters. */
export const COLLECTION_LIMIT = 5_000_000;

/** A collection with nothing in it. */
export function emptyCollection(): Collection {
	return { version: 1, assignments: [] };
}

/** The file a teacher downloads to move the collection to another computer. */
export function collectionFile(collection: Collection) {
	return { format: COLLECTION_FORMAT, ...collection };
}

/**
 * Reads a collection (a downloaded file, or what the browser stored); never throws. Entries that
 * do not check out are left out and counted, so one bad entry does not lose the rest. Links and
 * codes are kept as `cleanCodeInput` leaves them, so the same one is never kept twice.
 */
export function parseCollection(
	text: string
): Decoded<{ collection: Collection; skipped: number }> {
	const notACollection =
		'This file is not a Claimwise collection. Choose the file that “Export everything” saved.';
	if (text.length > COLLECTION_LIMIT)
		return { ok: false, error: 'This file is too large to be a Claimwise collection.' };
	let data: unknown;
	try {
		data = JSON.parse(cleanFileText(text));
	} catch {
		return { ok: false, error: notACollection };
	}
	if (!isRecord(data) || !Array.isArray(data.assignments))
		return { ok: false, error: notACollection };
	if (data.version !== 1) {
		return {
			ok: false,
			error: 'This collection comes from a newer version of Claimwise. Reload the page to get it.'
		};
	}
	let skipped = 0;
	const assignments: CollectedAssignment[] = [];
	for (const entry of data.assignments) {
		if (!isRecord(entry) || typeof entry.link !== 'string' || !decodeAssignment(entry.link).ok) {
			skipped++;
			continue;
		}
		const results: CollectedAssignment['results'] = [];
		for (const result of Array.isArray(entry.results) ? entry.results : []) {
			if (isRecord(result) && typeof result.code === 'string' && decodeResult(result.code).ok) {
				results.push({
					code: cleanCodeInput(result.code),
					receivedAt: typeof result.receivedAt === 'string' ? result.receivedAt : ''
				});
			} else skipped++;
		}
		assignments.push({
			link: cleanCodeInput(entry.link),
			createdAt: typeof entry.createdAt === 'string' ? entry.createdAt : '',
			results
		});
	}
	return { ok: true, value: { collection: { version: 1, assignments }, skipped } };
}
