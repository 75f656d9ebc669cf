import type { Collection } from '$lib/codes/collection-file';
import { assignmentOf, type AddOutcome } from './collection';
import { PASTE_LIMIT } from '$lib/codes/find-codes';
import { decodeResult } from '$lib/codes/result-code';
import { nameKey } from './student-name';

/** What happened to one code found in pasted text. */
export interface PastedOutcome {
	outcome: AddOutcome;
	/** The line of the pasted text the code started on, from 1. */
	line: number;
	/** The student named in a code that was not added, where the name could still be read. */
	student: string | null;
	/** For a code added: another student's work on the assignment has the same name. */
	sameName?: boolean;
}

/** What pasting result codes did: see `TeacherCollection.addCodes`. */
export interface PasteResult {
	outcomes: PastedOutcome[];
	/** What to leave in the box: the parts not added, then any text not read. */
	rest: string;
	/** Whether the text was longer than PASTE_LIMIT, so only its first part was read. */
	cut: boolean;
}

/** At most this many lines say what happened to single codes; the rest are counted. */
export const DETAIL_LIMIT = 10;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * One line about one code, e.g. "Added: Ana Lima (assignment K7P2QX).", with a warning when
 * another student has the same name.
 */
export function describeOutcome({ outcome, line, student, sameName }: PastedOutcome): string {
	if (outcome.status === 'added')
		return `Added: ${outcome.handIn.studentName} (assignment ${outcome.handIn.assignmentCode}).${sameName ? ' Another student has the same name: both are kept, so check with them.' : ''}`;
	if (outcome.status === 'duplicate')
		return `Already added: ${outcome.handIn.studentName}. Nothing changed.`;
	return `Line ${line}${student ? `, ${student}` : ''}. Not added: ${outcome.error}`;
}

/**
 * What to tell the teacher after a paste, without flooding the page: a summary ("Added 27
 * results. 3 could not be added:"), then at most DETAIL_LIMIT lines. With few codes every code
 * gets its line; with many, only those not added, then "…and N more". Takes the result of
 * `TeacherCollection.addCodes`; returns the lines to show, the summary first.
 */
export function summarisePaste({ outcomes, cut }: PasteResult): string[] {
	const lines: string[] = [];
	if (outcomes.length === 0) {
		lines.push('Not added: this is not a Claimwise result code. Each code starts with “R1.”.');
	} else {
		const count = (status: AddOutcome['status']) =>
			outcomes.filter((o) => o.outcome.status === status).length;
		const added = count('added');
		const duplicates = count('duplicate');
		const rejected = count('rejected');
		const summary = [
			added ? `Added ${plural(added, 'result', 'results')}.` : 'Nothing new was added.'
		];
		if (duplicates) summary.push(`${plural(duplicates, 'was', 'were')} already added.`);
		const sameNames = outcomes.filter((o) => o.sameName).length;
		if (sameNames && outcomes.length > DETAIL_LIMIT)
			summary.push(
				`${plural(sameNames, 'has', 'have')} the same name as another student: both are kept, so check with them.`
			);
		if (rejected)
			summary.push(
				`${rejected} could not be added (${rejected === 1 ? 'it is' : 'they are'} left in the box):`
			);
		lines.push(summary.join(' '));
		const shown =
			outcomes.length <= DETAIL_LIMIT
				? outcomes
				: outcomes.filter((o) => o.outcome.status === 'rejected');
		lines.push(...shown.slice(0, DETAIL_LIMIT).map(describeOutcome));
		if (shown.length > DETAIL_LIMIT)
			lines.push(`…and ${shown.length - DETAIL_LIMIT} more that could not be added.`);
	}
	if (cut)
		lines.push(
			`That was more than ${PASTE_LIMIT.toLocaleString('en')} characters, so only the first part was read. The rest is still in the box: press “Add results” again.`
		);
	return lines;
}

/**
 * Marks each added hand-in (`sameName`) whose name another piece of work on the same assignment
 * has too (another start moment, so another student): both stay, and the teacher is told. Takes
 * what `TeacherCollection.addCodes` returned and the collection after it; returns the result.
 */
export function markSameNames(result: PasteResult, data: Collection): PasteResult {
	const keyOf = (code: string, name: string) => `${code} ${nameKey(name)}`;
	const pastedTo = new Set(
		result.outcomes.flatMap(({ outcome }) =>
			outcome.status === 'added' ? [outcome.handIn.assignmentCode] : []
		)
	);
	// The start moments under each name, per assignment: one moment is one student's work.
	const starts = new Map<string, Set<number>>();
	for (const item of data.assignments) {
		const code = assignmentOf(item)?.code;
		if (!code || !pastedTo.has(code)) continue;
		for (const kept of item.results) {
			const decoded = decodeResult(kept.code);
			if (!decoded.ok) continue;
			const key = keyOf(code, decoded.value.studentName);
			starts.set(key, (starts.get(key) ?? new Set()).add(decoded.value.startedAt));
		}
	}
	return {
		...result,
		outcomes: result.outcomes.map((pasted) =>
			pasted.outcome.status === 'added'
				? {
						...pasted,
						sameName:
							(starts.get(
								keyOf(pasted.outcome.handIn.assignmentCode, pasted.outcome.handIn.studentName)
							)?.size ?? 0) > 1
					}
				: pasted
		)
	};
}
