import { moduleEntries, moduleOr404 } from '$lib/server/modules';
import { claimsOfSection, moduleSummary, withFeedbackText } from '$lib/content/views';

export const entries = moduleEntries;

export function load({ params }) {
	const module = moduleOr404(params.module);
	return {
		module: moduleSummary(module),
		sections: module.sections.map((section) => ({
			id: section.id,
			title: section.title,
			claims: claimsOfSection(module, section.id).map(withFeedbackText)
		}))
	};
}
