import { error } from '@sveltejs/kit';
import { getModules } from '$lib/server/modules';
import { ADDED_VIEWS } from '$lib/content/added-addresses';
import type { RouteView } from './added-page';

// The views of an added module this route shows: `/my/`, `/my/results/` and `/my/print/` (each
// route costs every page of the site bytes in the router's table). A section has a page of its
// own, `/my/section/`, which loads no router at all. Each is prerendered empty and reads its
// module from the browser, so it also works offline.
const VIEWS = ADDED_VIEWS.filter((view): view is RouteView => view !== 'section');

export function entries() {
	return VIEWS.map((view) => ({ view }));
}

export function load({ params }) {
	const view = params.view ?? '';
	if (!(VIEWS as readonly string[]).includes(view)) error(404, 'There is no such page.');
	// An added module may never take the id of a built-in one.
	return { view: view as RouteView, builtInIds: getModules().map((module) => module.id) };
}
