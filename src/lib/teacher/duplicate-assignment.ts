import { LIMITS, type Assignment } from '$lib/codes/assignment';
import type { CollectedAssignment } from '$lib/codes/collection-file';

/** What the form on /teach holds: the settings of an assignment still to be made. */
export interface AssignmentForm {
	moduleId: string;
	sections: string[];
	sorting: Assignment['sorting'];
	mode: Assignment['mode'];
	/** Whole percent as typed, or '' for none. */
	passMark: string;
	title: string;
	instructions: string;
	/** The due day as a date field holds it (`YYYY-MM-DD`), or '' for none. */
	due: string;
}

/**
 * The day of a due moment in the zone it was set in, as `YYYY-MM-DD`: `{ date }` as it is,
 * `{ at, timeZone }` (seconds since 1970 UTC, IANA zone) read in that zone, or in UTC when this
 * browser does not know the zone.
 */
export function dueDay(due: NonNullable<Assignment['due']>): string {
	if (!('at' in due)) return due.date;
	const day = (timeZone: string) =>
		new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		}).format(new Date(due.at * 1000));
	try {
		return day(due.timeZone);
	} catch {
		return day('UTC');
	}
}

/**
 * The form's settings for a new assignment made from this one: the same module, sections,
 * sorting, mode, pass mark, instructions and due day, titled "… (copy)" (the title cut to fit
 * LIMITS.title). `modules` are the modules this site has, with their section ids; sections the
 * module no longer has are left out. Returns null when the module is not on this site.
 */
export function duplicateForm(
	assignment: Assignment,
	modules: readonly { id: string; sections: readonly { id: string }[] }[]
): AssignmentForm | null {
	const module = modules.find((m) => m.id === assignment.moduleId);
	if (!module) return null;
	const suffix = ' (copy)';
	return {
		moduleId: module.id,
		sections: module.sections.map((s) => s.id).filter((id) => assignment.sections.includes(id)),
		sorting: assignment.sorting,
		mode: assignment.mode,
		passMark: assignment.passMark === null ? '' : String(assignment.passMark),
		title: `${assignment.title.slice(0, LIMITS.title - suffix.length).trimEnd()}${suffix}`,
		instructions: assignment.instructions,
		due: assignment.due ? dueDay(assignment.due) : ''
	};
}

/**
 * A collection's assignments newest first, by when they were made here (`createdAt`, ISO 8601);
 * entries without a readable time keep their order after the dated ones. Takes the entries with
 * their decoded assignment, returns a new array.
 */
export function newestFirst<T extends { item: Pick<CollectedAssignment, 'createdAt'> }>(
	entries: readonly T[]
): T[] {
	const time = (entry: T) => Date.parse(entry.item.createdAt) || 0;
	return [...entries].sort((a, b) => time(b) - time(a));
}
