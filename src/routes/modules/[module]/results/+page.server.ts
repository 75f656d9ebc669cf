import { error } from '@sveltejs/kit';
import { findModule, getModules } from '$lib/server/modules';
import { claimsOfSection, moduleSummary } from '$lib/content/views';

export function entries() {
	return getModules().map((module) => ({ module: module.id }));
}

export function load({ params }) {
	const module = findModule(params.module);
	if (!module) error(404, 'There is no module with that name.');
	return {
		module: moduleSummary(module),
		sections: module.sections.map((section) => ({
			id: section.id,
			title: section.title,
			claims: claimsOfSection(module, section.id)
		}))
	};
}
