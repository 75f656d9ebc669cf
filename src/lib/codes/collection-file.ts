import { decodeAssignment, type Assignment } from './assignment-link';
import type { ModuleContent } from '$lib/content/schema';
import { isRecord } from '$lib/is-record';
import type { Decoded } from './encoding';
import { decodeResult } from './result-code';
import { cleanCodeInput } from './find-codes';
import { cleanFileText } from '$lib/clean-file-text';

/**
 * A teacher's assignments and the results handed in, kept in the browser. Assignments are kept
 * as their link and results as their code, so one decoder checks each, wherever it comes from.
 * Version 2 is written only when an assignment keeps its module (`module`), so that a release
 * that would drop the module never writes over it; version 1 reads as it always did.
 */
export interface Collection {
	version: CollectionVersion;
	assignments: CollectedAssignment[];
}

/** The collection formats this release reads: 1, and 2 (assignments may keep their module). */
export type CollectionVersion = 1 | 2;

export interface CollectedAssignment {
	/** The assignment's link after "#" (`A2.…`, or `A1.…` as first made): never `A3`. */
	link: string;
	createdAt: string;
	results: { code: string; receivedAt: string }[];
	/**
	 * The module of an assignment of a module a teacher made or added (not one of the site's):
	 * the module as data (docs/content-format.md), with the assignment's `moduleId` and
	 * `contentVersion`. Checked here only for those two; `collectedModule` validates it in full
	 * before it is used.
	 */
	module?: ModuleContent;
}

/** The version to write for these assignments: 2 once one keeps its module, else 1. */
export function collectionVersion(assignments: readonly CollectedAssignment[]): CollectionVersion {
	return assignments.some((item) => item.module) ? 2 : 1;
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
	if (data.version !== 1 && data.version !== 2) {
		return {
			ok: false,
			error: 'This collection comes from a newer version of Claimwise. Reload the page to get it.'
		};
	}
	let skipped = 0;
	const assignments: CollectedAssignment[] = [];
	for (const entry of data.assignments) {
		const decoded =
			isRecord(entry) && typeof entry.link === 'string' ? decodeAssignment(entry.link) : null;
		if (!isRecord(entry) || !decoded?.ok) {
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
		const item: CollectedAssignment = {
			link: cleanCodeInput(entry.link as string),
			createdAt: typeof entry.createdAt === 'string' ? entry.createdAt : '',
			results
		};
		if (entry.module !== undefined) {
			if (isModuleOf(entry.module, decoded.value)) item.module = entry.module as ModuleContent;
			else skipped++;
		}
		assignments.push(item);
	}
	const collection = { version: collectionVersion(assignments), assignments };
	return { ok: true, value: { collection, skipped } };
}

/** Whether a value read from outside names the assignment's module (id and version). */
function isModuleOf(value: unknown, assignment: Assignment): boolean {
	return (
		isRecord(value) &&
		value.id === assignment.moduleId &&
		value.version === assignment.contentVersion
	);
}
