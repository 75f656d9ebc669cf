import { decodeAssignment, encodeAssignment, type Assignment } from './assignment-link';
import { isRecord } from '$lib/is-record';
import type { Decoded } from './encoding';
import { decodeResult, type HandIn } from './result-code';
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

export const COLLECTION_FORMAT = 'claimwise-collection';
export const COLLECTION_LIMIT = 5_000_000;

export function emptyCollection(): Collection {
	return { version: 1, assignments: [] };
}

/** Adds an assignment to the front of the collection. */
export function addAssignment(
	collection: Collection,
	assignment: Assignment,
	now: Date
): Collection {
	const link = encodeAssignment(assignment);
	return {
		...collection,
		assignments: [
			{ link, createdAt: now.toISOString(), results: [] },
			...collection.assignments.filter((item) => item.link !== link)
		]
	};
}

export function removeAssignment(collection: Collection, code: string): Collection {
	return {
		...collection,
		assignments: collection.assignments.filter((item) => assignmentOf(item)?.code !== code)
	};
}

/** The assignment an entry holds (entries are checked on the way in, so this is rarely null). */
export function assignmentOf(item: CollectedAssignment): Assignment | null {
	const decoded = decodeAssignment(item.link);
	return decoded.ok ? decoded.value : null;
}

export type AddOutcome =
	| { status: 'added'; handIn: HandIn }
	| { status: 'duplicate'; handIn: HandIn }
	| { status: 'rejected'; error: string };

/** Files one result code under its assignment, or says why it cannot. */
export function addResult(
	collection: Collection,
	code: string,
	now: Date
): { collection: Collection; outcome: AddOutcome } {
	const decoded = decodeResult(code);
	if (!decoded.ok) return { collection, outcome: { status: 'rejected', error: decoded.error } };
	const handIn = decoded.value;
	const index = collection.assignments.findIndex(
		(item) => assignmentOf(item)?.code === handIn.assignmentCode
	);
	if (index === -1) {
		return {
			collection,
			outcome: {
				status: 'rejected',
				error: `${handIn.studentName}’s code is for assignment ${handIn.assignmentCode}, which is not in this browser. Import the collection that has it, or check the student used your link.`
			}
		};
	}
	const item = collection.assignments[index];
	const assignment = assignmentOf(item)!;
	if (
		handIn.moduleId !== assignment.moduleId ||
		handIn.contentVersion !== assignment.contentVersion
	) {
		return {
			collection,
			outcome: {
				status: 'rejected',
				error: `${handIn.studentName}’s code was made with another version of the module than this assignment, so it cannot be marked here. Ask the student to open your link again and redo it.`
			}
		};
	}
	const clean = cleanCodeInput(code);
	if (item.results.some((result) => result.code === clean)) {
		return { collection, outcome: { status: 'duplicate', handIn } };
	}
	const assignments = [...collection.assignments];
	assignments[index] = {
		...item,
		results: [...item.results, { code: clean, receivedAt: now.toISOString() }]
	};
	return { collection: { ...collection, assignments }, outcome: { status: 'added', handIn } };
}

export function removeResult(
	collection: Collection,
	assignmentCode: string,
	code: string
): Collection {
	return {
		...collection,
		assignments: collection.assignments.map((item) =>
			assignmentOf(item)?.code === assignmentCode
				? { ...item, results: item.results.filter((result) => result.code !== code) }
				: item
		)
	};
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

/** Adds what another collection has and this one lacks; nothing here is removed or replaced. */
export function mergeCollections(into: Collection, from: Collection): Collection {
	const assignments = [...into.assignments];
	for (const incoming of from.assignments) {
		const index = assignments.findIndex((item) => item.link === incoming.link);
		if (index === -1) {
			assignments.push(incoming);
			continue;
		}
		const known = new Set(assignments[index].results.map((result) => result.code));
		assignments[index] = {
			...assignments[index],
			results: [
				...assignments[index].results,
				...incoming.results.filter((r) => !known.has(r.code))
			]
		};
	}
	return { version: 1, assignments };
}
