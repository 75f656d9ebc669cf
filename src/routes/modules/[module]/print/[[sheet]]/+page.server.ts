import { error } from '@sveltejs/kit';
import { moduleEntries } from '$lib/server/modules';
import { gridData, printData, SHEETS } from '../print-data';

// One route for the worksheet (`print/`), its key (`print/key/`) and its grid (`print/grid/`):
// every route costs each page of the site bytes in the router's table.
export function entries() {
	return moduleEntries().flatMap(({ module }) =>
		Object.keys(SHEETS).map((sheet) => ({ module, sheet }))
	);
}

export function load({ params }) {
	const sheet = params.sheet ?? '';
	if (!Object.hasOwn(SHEETS, sheet)) error(404, 'There is no such printable sheet.');
	const kind = SHEETS[sheet as keyof typeof SHEETS];
	if (kind === 'grid') return { ...gridData(params.module), kind };
	return { ...printData(params.module), kind };
}
