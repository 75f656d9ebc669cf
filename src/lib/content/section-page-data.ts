import type { ModuleContent } from './schema';
import { paragraphsOf } from './highlight';
import { claimsOfSection, withContext } from './views';
import { withFeedbackText } from './feedback-text';

// One page's data, in a file of its own so that an added module's page (`src/routes/my/`), which
// works it out in the browser, loads only its own page's code; `page-data.ts` has them all.

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
