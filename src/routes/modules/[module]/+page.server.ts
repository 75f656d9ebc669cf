import { moduleEntries, moduleOr404 } from '$lib/server/modules';
import { keyOfSection, moduleSummary } from '$lib/content/views';
import { paragraphsOf } from '$lib/content/highlight';

export const entries = moduleEntries;

export function load({ params }) {
	const module = moduleOr404(params.module);
	return {
		module: moduleSummary(module),
		opening: paragraphsOf(module.sections[0].text)[0],
		// The first section's heading is the article's headline: shown as the article's words.
		headline: module.sections[0].heading ?? null,
		// Claims on the headline and headings are opinions, which two-way sorting leaves out.
		headingClaims: module.claims.some((claim) => claim.heading),
		sections: module.sections.map((section, index) => ({
			id: section.id,
			title: section.title,
			heading: index === 0 ? null : (section.heading ?? null),
			claims: keyOfSection(module, section.id)
		}))
	};
}
