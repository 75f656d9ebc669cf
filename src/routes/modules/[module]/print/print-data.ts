import { moduleOr404 } from '$lib/server/modules';
import { paragraphsOf } from '$lib/content/highlight';
import { withFeedbackText } from '$lib/content/views';

/** The printable sheets of a module, as the last part of their address (`''` is the worksheet). */
export const SHEETS = { '': 'worksheet', key: 'key', grid: 'grid' } as const;

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

/** What the answer grid prints: each claim's answer only, without the text or the notes. */
export function gridData(moduleId: string) {
	const module = moduleOr404(moduleId);
	return {
		module: { id: module.id, title: module.title },
		sections: module.sections.map((section) => ({
			id: section.id,
			title: section.title,
			claims: module.claims
				.filter((claim) => claim.section === section.id)
				.map((claim) => ({
					id: claim.id,
					label: claim.label,
					accepts: claim.accepts?.map((accepted) => accepted.label)
				}))
		}))
	};
}
