import type { Decision } from '$lib/authoring/draft';

/** How the page names each decision on a claim. */
export const DECISION_NAMES: Record<NonNullable<Decision>, string> = {
	fact: 'Stated fact',
	speculation: 'Speculation',
	opinion: 'Opinion',
	skip: 'Not a claim (skipped)'
};
