import type { ModuleContent } from './schema';
import { claimsInQuiz } from '$lib/quiz/grading';

// One module as the teacher's form lists it, in a file of its own: the form works it out at build
// time for the site's modules (`teachPageData` in page-data.ts) and in the browser for the
// teacher's own (`src/routes/teach/own-modules.ts`), which must not pull in page-data.ts and every
// other page's data with it.

/** A module as the assignment form lists it: id, title, version, sections with their claim counts. */
export type TeachModule = ReturnType<typeof teachModule>;

/**
 * What the teacher's form shows of one module: its id, title and version, and each section's id,
 * title and how many claims it asks in two-way sorting (`twoWay`: opinions left out) and in
 * three-way sorting (`threeWay`: all of them).
 * @param module a validated module (`validateModule`), built in or kept on this device
 */
export function teachModule(module: ModuleContent) {
	return {
		id: module.id,
		title: module.title,
		version: module.version,
		sections: module.sections.map((section) => {
			const claims = module.claims.filter((claim) => claim.section === section.id);
			return {
				id: section.id,
				title: section.title,
				twoWay: claimsInQuiz(claims, 'two-way').length,
				threeWay: claims.length
			};
		})
	};
}
