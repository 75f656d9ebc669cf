import { error } from '@sveltejs/kit';
import { findModule, getModules } from '$lib/server/modules';
import { sectionPageData } from '$lib/content/page-data';
import { builtInAddresses } from '$lib/content/module-addresses';
import { sectionLinks } from '$lib/content/added-addresses';

export function entries() {
	return getModules().flatMap((module) =>
		module.sections.map((section) => ({ module: module.id, section: section.id }))
	);
}

export function load({ params }) {
	const module = findModule(params.module);
	const data = module && sectionPageData(module, params.section);
	if (!data) error(404, 'There is no such section.');
	// Worked out here, so that the page's script builds no address (section pages have no bytes
	// to spare); an added module's section page passes its own.
	const ids = Object.keys(data.sectionTitles);
	return { ...data, links: sectionLinks(builtInAddresses(data.module.id), ids, data.next) };
}
