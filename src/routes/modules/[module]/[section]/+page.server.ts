import { error } from '@sveltejs/kit';
import { findModule, getModules } from '$lib/server/modules';
import { sectionPageData } from '$lib/content/page-data';

export function entries() {
	return getModules().flatMap((module) =>
		module.sections.map((section) => ({ module: module.id, section: section.id }))
	);
}

export function load({ params }) {
	const module = findModule(params.module);
	const data = module && sectionPageData(module, params.section);
	if (!data) error(404, 'There is no such section.');
	return data;
}
