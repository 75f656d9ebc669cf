import { error } from '@sveltejs/kit';
import { findModule, getModules } from '$lib/server/modules';
import { paragraphsOf } from '$lib/content/highlight';

export function printEntries() {
	return getModules().map((module) => ({ module: module.id }));
}

/** Everything a worksheet or an answer key prints: the whole module. */
export function printData(moduleId: string) {
	const module = findModule(moduleId);
	if (!module) error(404, 'There is no module with that name.');
	return {
		module: { id: module.id, title: module.title, version: module.version, source: module.source },
		sections: module.sections.map((section) => ({
			id: section.id,
			title: section.title,
			paragraphs: paragraphsOf(section.text),
			claims: module.claims
				.filter((claim) => claim.section === section.id)
				.map(({ section: _section, ...claim }) => claim)
		}))
	};
}
