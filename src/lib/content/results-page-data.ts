import type { ModuleContent } from './schema';
import { claimsOfSection, moduleSummary } from './views';
import { withFeedbackText } from './feedback-text';

// One page's data, in a file of its own so that an added module's page (`src/routes/my/`), which
// works it out in the browser, loads only its own page's code; `page-data.ts` has them all.

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
