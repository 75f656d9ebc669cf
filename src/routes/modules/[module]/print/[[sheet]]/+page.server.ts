import { error } from '@sveltejs/kit';
import { moduleEntries, moduleOr404 } from '$lib/server/modules';
import { PRINT_SHEETS, printPageData } from '$lib/content/page-data';

// One route for the worksheet (`print/`), its key (`print/key/`) and its grid (`print/grid/`):
// every route costs each page of the site bytes in the router's table.
export function entries() {
	return moduleEntries().flatMap(({ module }) =>
		Object.keys(PRINT_SHEETS).map((sheet) => ({ module, sheet }))
	);
}

export function load({ params }) {
	const sheet = params.sheet ?? '';
	const data = printPageData(moduleOr404(params.module), sheet);
	if (!data) error(404, 'There is no such printable sheet.');
	return data;
}
