// The addresses of an assignment's pages: where a section is worked on as part of an assignment
// (`?assignment=<code>`) and the assignment page of a code (`?code=`) come from the module's
// addresses (`module-addresses.ts`), the one place that says where a module's sections are, for
// a built-in module and an added one alike.
import { resolve } from '$app/paths';
import {
	assignmentPageAddress,
	sectionInAssignment,
	type ModuleAddresses
} from '$lib/content/module-addresses';

/**
 * A section of the assignment's module, worked on as part of the assignment with this code (six
 * characters of Crockford's base 32, as `randomCode` makes): `sectionInAssignment`.
 * @param addresses the module's addresses (`builtInAddresses` or `addedAddresses`)
 */
export function assignmentSectionHref(
	code: string,
	addresses: Pick<ModuleAddresses, 'section'>,
	sectionId: string
): string {
	return sectionInAssignment(addresses, sectionId, code);
}

/**
 * The assignment page of work this browser keeps under a code: `/assignment/?code=<code>`. It
 * says what is wrong when the work cannot be opened.
 */
export const assignmentPageHref = (code: string): string => assignmentPageAddress(code);

/** The teacher's class results, opened on the assignment with this code: `/teach/results/?assignment=<code>`. */
export function assignmentResultsHref(code: string): string {
	return `${resolve('/teach/results')}/?assignment=${code}`;
}
