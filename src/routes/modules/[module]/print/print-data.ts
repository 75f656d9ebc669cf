import { moduleOr404 } from '$lib/server/modules';
import { paragraphsOf } from '$lib/content/highlight';
import { withFeedbackText } from '$lib/content/views';

/** Everything a worksheet or an answer key prints: the whole module. */
export function printData(moduleId: string) {
	const module = moduleOr404(moduleId);
	return {
		module: { id: module.id, title: module.title, version: module.version, source: module.source },
		sections: module.sections.map((section) => ({
			id: section.id,
			title: section.title,
			heading: section.heading,
			paragraphs: paragraphsOf(section.text),
			claims: module.claims
				.filter((claim) => claim.section === section.id)
				.map(({ section: _section, ...claim }) => withFeedbackText(claim))
		}))
	};
}
