import { moduleEntries, moduleOr404 } from '$lib/server/modules';
import { modulePageData } from '$lib/content/page-data';

export const entries = moduleEntries;

export function load({ params }) {
	return modulePageData(moduleOr404(params.module));
}
