import type { ModuleContent } from './schema';
import { paragraphsOf } from './highlight';
import { claimsOfSection } from './views';
import { withFeedbackText } from './feedback-text';

// One page's data, in a file of its own so that an added module's page (`src/routes/my/`), which
// works it out in the browser, loads only its own page's code; `page-data.ts` has them all.

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
