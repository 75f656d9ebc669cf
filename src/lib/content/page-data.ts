import type { ModuleContent } from './schema';
import { paragraphsOf } from './highlight';
import { claimsOfSection, keyOfSection, moduleSummary, withContext } from './views';
import { withFeedbackText } from './feedback-text';
import { claimsInQuiz } from '$lib/quiz/grading';

/*
 * What each page of a module shows, worked out from a validated module (`validateModule`), wherever
 * it came from: the build's module files today, a module made in the browser tomorrow. Each
 * function returns exactly the page's `data`, so a page renders the same from either.
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
 * The module page: its headline facts, its opening paragraph, the article's headline and
 * headings, and each section with the ids and labels of its claims (for progress).
 * @param module a validated module (it has at least one section)
 */
export function modulePageData(module: ModuleContent) {
	return {
		module: moduleSummary(module),
		opening: paragraphsOf(module.sections[0].text)[0],
		// The first section's heading is the article's headline: shown as the article's words.
		headline: module.sections[0].heading ?? null,
		// Claims on the headline and headings are opinions, which two-way sorting leaves out.
		headingClaims: module.claims.some((claim) => claim.heading),
		sections: module.sections.map((section, index) => ({
			id: section.id,
			title: section.title,
			heading: index === 0 ? null : (section.heading ?? null),
			claims: keyOfSection(module, section.id)
		}))
	};
}

/**
 * A section page: the section's text in paragraphs, its title and kicker, the next section, every
 * section's title (for assignment mode) and its claims with the feedback's marked-up paragraph
 * (`SectionClaim[]`), worked out here so that the page's script need not do it.
 * @param module a validated module
 * @param sectionId the section's id, as in the page's address
 * @returns the page's data, or null when the module has no section with that id
 */
export function sectionPageData(module: ModuleContent, sectionId: string) {
	const index = module.sections.findIndex((section) => section.id === sectionId);
	if (index === -1) return null;
	const section = module.sections[index];
	const next = module.sections[index + 1];
	return {
		module: { id: module.id, title: module.title, version: module.version },
		section: {
			id: section.id,
			// Where the article has its own heading here, the page shows it in quotes, marked as the
			// article's (a loaded headline is part of what the section teaches).
			title: section.heading === undefined ? section.title : `“${section.heading}”`,
			kicker:
				`Section ${index + 1} of ${module.sections.length}` +
				(section.heading === undefined
					? ''
					: index === 0
						? ': the article’s headline'
						: ': the article’s heading'),
			paragraphs: paragraphsOf(section.text),
			// Written here rather than in the page's markup, so the page's script stays small.
			description: `Read “${section.title}” from “${module.title}” and sort its claims into stated facts and speculation.`
		},
		next: next ? { id: next.id, title: next.title } : null,
		sectionTitles: Object.fromEntries(module.sections.map((s) => [s.id, s.title])),
		claims: withContext(
			claimsOfSection(module, section.id).map(withFeedbackText),
			section.text,
			section.heading
		)
	};
}

/**
 * The results page: the module's headline facts and each section with its claims, their
 * feedback spelled out (`withFeedbackText`), for the answers kept in the browser to be shown with.
 * @param module a validated module
 */
export function resultsPageData(module: ModuleContent) {
	return {
		module: moduleSummary(module),
		sections: module.sections.map((section) => ({
			id: section.id,
			title: section.title,
			claims: claimsOfSection(module, section.id).map(withFeedbackText)
		}))
	};
}

/** The printable sheets of a module, as the last part of their address (`''` is the worksheet). */
export const PRINT_SHEETS = { '': 'worksheet', key: 'key', grid: 'grid' } as const;

/** What a worksheet or an answer key prints: the whole module, its feedback spelled out. */
function sheetData(module: ModuleContent) {
	return {
		module: { id: module.id, title: module.title, version: module.version, source: module.source },
		sections: module.sections.map((section) => ({
			id: section.id,
			title: section.title,
			heading: section.heading,
			paragraphs: paragraphsOf(section.text),
			claims: claimsOfSection(module, section.id).map(withFeedbackText)
		}))
	};
}

/** What the answer grid prints: each claim's answer only, without the text or the notes. */
function gridData(module: ModuleContent) {
	return {
		module: { id: module.id, title: module.title },
		sections: module.sections.map((section) => ({
			id: section.id,
			title: section.title,
			claims: module.claims
				.filter((claim) => claim.section === section.id)
				.map((claim) => ({
					id: claim.id,
					label: claim.label,
					accepts: claim.accepts?.map((accepted) => accepted.label)
				}))
		}))
	};
}

/**
 * A printed sheet: the worksheet (`sheet` `''`), its answer key (`'key'`) or the answer grid
 * (`'grid'`), with `kind` saying which.
 * @param module a validated module
 * @param sheet the last part of the sheet's address, `''` for the worksheet
 * @returns the page's data, or null for a sheet that is not one of `PRINT_SHEETS`
 */
export function printPageData(module: ModuleContent, sheet: string) {
	if (!Object.hasOwn(PRINT_SHEETS, sheet)) return null;
	const kind = PRINT_SHEETS[sheet as keyof typeof PRINT_SHEETS];
	if (kind === 'grid') return { ...gridData(module), kind };
	return { ...sheetData(module), kind };
}

/**
 * The teacher's form: every module with its sections and how many claims each asks in two-way
 * and in three-way sorting (three-way asks them all).
 * @param modules validated modules, in the order the form lists them
 */
export function teachPageData(modules: readonly ModuleContent[]) {
	return {
		modules: modules.map((module) => ({
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
		}))
	};
}
