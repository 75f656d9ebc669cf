import { error } from '@sveltejs/kit';
import { findModule, getModules } from '$lib/server/modules';
import { keyOfSection, moduleSummary } from '$lib/content/views';
import { paragraphsOf } from '$lib/content/highlight';

export function entries() {
	return getModules().map((module) => ({ module: module.id }));
}

export function load({ params }) {
	const module = findModule(params.module);
	if (!module) error(404, 'There is no module with that name.');
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
