import { error } from '@sveltejs/kit';
import { findModule, getModules } from '$lib/server/modules';
import { claimsOfSection, withContext, withFeedbackText } from '$lib/content/views';
import { paragraphsOf } from '$lib/content/highlight';

export function entries() {
	return getModules().flatMap((module) =>
		module.sections.map((section) => ({ module: module.id, section: section.id }))
	);
}

export function load({ params }) {
	const module = findModule(params.module);
	const index = module?.sections.findIndex((section) => section.id === params.section) ?? -1;
	if (!module || index === -1) error(404, 'There is no such section.');
	const section = module.sections[index];
	const next = module.sections[index + 1];
	return {
		module: { id: module.id, title: module.title, version: module.version },
		section: {
			id: section.id,
			// Where the article has its own heading here, the page shows it in quotes, marked as the
			// article's (a loaded headline is part of what the section teaches).
			title: section.heading === undefined ? section.title : `“${section.heading}”`,
			kicker:
				`Section ${index + 1} of ${module.sections.length}` +
				(section.heading === undefined
					? ''
					: index === 0
						? ': the article’s headline'
						: ': the article’s heading'),
			paragraphs: paragraphsOf(section.text),
			// Written here rather than in the page's markup, so the page's script stays small.
			description: `Read “${section.title}” from “${module.title}” and sort its claims into stated facts and speculation.`
		},
		next: next ? { id: next.id, title: next.title } : null,
		sectionTitles: Object.fromEntries(module.sections.map((s) => [s.id, s.title])),
		// The feedback's marked-up paragraphs are worked out here, so the page need not do it.
		claims: withContext(
			claimsOfSection(module, section.id).map(withFeedbackText),
			section.text,
			section.heading
		)
	};
}
