import { moduleEntries, moduleOr404 } from '$lib/server/modules';
import { resultsPageData } from '$lib/content/page-data';

export const entries = moduleEntries;

export function load({ params }) {
	return resultsPageData(moduleOr404(params.module));
}
