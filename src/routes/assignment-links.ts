// The addresses of an assignment's pages. Where a section is worked on as part of an assignment
// (`?assignment=<code>`) and the assignment page of a code (`?code=`) are said in one place, beside
// the module's addresses (`added-addresses.ts`, from `module-addresses.ts`' or an added module's),
// for a built-in module and an added one alike: these are those functions under older names.
import { resolve } from '$app/paths';

export {
	/** A section in assignment mode: `sectionInAssignment(addresses, sectionId, code)`. */
	sectionInAssignment as assignmentSectionHref,
	/** The assignment page of work kept under a code: `/assignment/?code=<code>`. */
	assignmentPageAddress as assignmentPageHref
} from '$lib/content/added-addresses';

/** The teacher's class results, opened on the assignment with this code: `/teach/results/?assignment=<code>`. */
export function assignmentResultsHref(code: string): string {
	return `${resolve('/teach/results')}/?assignment=${code}`;
}
