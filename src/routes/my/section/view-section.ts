import type { AddedView } from '../added-view';
import { sectionLinks } from '$lib/content/added-addresses';
import { sectionPageData } from '$lib/content/section-page-data';

/** A section of an added module, with the addresses it links to as a built-in section's data. */
export const view: AddedView = {
	route: '/modules/[module]/[section]',
	pageData(module, addresses, { sectionId }) {
		const section = sectionId ? sectionPageData(module, sectionId) : null;
		if (!section) {
			return { problem: `“${module.title}” has no such section: choose one on the module’s page.` };
		}
		const links = sectionLinks(addresses, Object.keys(section.sectionTitles), section.next);
		return { data: { ...section, links } };
	}
};
