import { moduleEntries, moduleOr404 } from '$lib/server/modules';
import { keyOfSection, moduleSummary } from '$lib/content/views';
import { paragraphsOf } from '$lib/content/highlight';

export const entries = moduleEntries;

export function load({ params }) {
	const module = moduleOr404(params.module);
	return {
		module: moduleSummary(module),
		opening: paragraphsOf(module.sections[0].text)[0],
		sections: module.sections.map((section) => ({
			id: section.id,
			title: section.title,
			claims: keyOfSection(module, section.id)
		}))
	};
}
