import type { ModuleContent } from './schema';
import { moduleSummary } from './views';
import { teachModule } from './teach-page-data';

export { modulePageData } from './module-page-data';
export { sectionPageData } from './section-page-data';
export { resultsPageData } from './results-page-data';
export { PRINT_SHEETS, printPageData } from './print-page-data';

/*
 * What each page of a module shows, worked out from a validated module (`validateModule`), wherever
 * it came from: the build's module files today, a module made in the browser tomorrow. Each
 * function returns exactly the page's `data`, so a page renders the same from either. The pages
 * of a module have a file each (`module-page-data.ts`, `section-page-data.ts`, …), re-exported
 * here.
 */

/**
 * The home page: each module's headline facts, its number of sections and the id and label of
 * every claim (for the progress line).
 * @param modules validated modules, in the order the page lists them
 */
export function homePageData(modules: readonly ModuleContent[]) {
	return {
		modules: modules.map((module) => ({
			...moduleSummary(module),
			sectionCount: module.sections.length,
			claims: module.claims.map(({ id, label }) => ({ id, label }))
		}))
	};
}

/**
 * The teacher's form: every module with its sections and how many claims each asks in two-way
 * and in three-way sorting (three-way asks them all), each as `teachModule` gives it.
 * @param modules validated modules, in the order the form lists them
 */
export function teachPageData(modules: readonly ModuleContent[]) {
	return { modules: modules.map(teachModule) };
}
