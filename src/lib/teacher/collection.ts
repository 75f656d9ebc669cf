import { decodeAssignment, encodeAssignment, type Assignment } from '$lib/codes/assignment-link';
import { decodeResult, type HandIn } from '$lib/codes/result-code';
import { cleanCodeInput } from '$lib/codes/find-codes';
import { madeForModule } from '$lib/codes/assignment';
import {
	collectionVersion,
	type CollectedAssignment,
	type Collection
} from '$lib/codes/collection-file';
import type { ModuleContent } from '$lib/content/schema';

/**
 * Adds an assignment to the front of the collection, with its module when it is not one of the
 * site's (a module a teacher made or added: `module`, the one the assignment names), so that its
 * results can be marked in this browser and its link made again.
 */
export function addAssignment(
	collection: Collection,
	assignment: Assignment,
	now: Date,
	module?: ModuleContent
): Collection {
	const link = encodeAssignment(assignment);
	const item: CollectedAssignment = { link, createdAt: now.toISOString(), results: [] };
	if (module) item.module = module;
	const assignments = [item, ...collection.assignments.filter((other) => other.link !== link)];
	return { ...collection, version: collectionVersion(assignments), assignments };
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
	if (!madeForModule(handIn, { id: assignment.moduleId, version: assignment.contentVersion })) {
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

/**
 * Adds what another collection has and this one lacks (assignments, results, an assignment's
 * module); nothing here is removed or replaced.
 */
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
			// the module, where only the other collection kept it
			...(incoming.module && { module: incoming.module }),
			...assignments[index],
			results: [
				...assignments[index].results,
				...incoming.results.filter((r) => !known.has(r.code))
			]
		};
	}
	return { version: collectionVersion(assignments), assignments };
}
