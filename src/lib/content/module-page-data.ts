import type { ModuleContent } from './schema';
import { paragraphsOf } from './highlight';
import { keyOfSection, moduleSummary } from './views';

// One page's data, in a file of its own so that an added module's page (`src/routes/my/`), which
// works it out in the browser, loads only its own page's code; `page-data.ts` has them all.

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
