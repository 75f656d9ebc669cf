// The addresses of an assignment's pages, built in one place: where a section is worked on as
// part of an assignment (`?assignment=<code>`), and the assignment page of a code (`?code=`).
import { resolve } from '$app/paths';

/**
 * The section page of a module, worked on as part of the assignment with this code (six
 * characters of Crockford's base 32, as `randomCode` makes): `/modules/<module>/<section>/?assignment=<code>`.
 */
export function assignmentSectionHref(code: string, moduleId: string, sectionId: string): string {
	return `${resolve('/modules/[module]/[section]', { module: moduleId, section: sectionId })}/?assignment=${code}`;
}

/**
 * The assignment page of work this browser keeps under a code: `/assignment/?code=<code>`. It
 * says what is wrong when the work cannot be opened.
 */
export function assignmentPageHref(code: string): string {
	return `${resolve('/assignment')}/?code=${code}`;
}

/** The teacher's class results, opened on the assignment with this code: `/teach/results/?assignment=<code>`. */
export function assignmentResultsHref(code: string): string {
	return `${resolve('/teach/results')}/?assignment=${code}`;
}
