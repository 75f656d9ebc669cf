import { error } from '@sveltejs/kit';
import { getModules } from '$lib/server/modules';
import { ADDED_VIEWS, type AddedView } from '$lib/content/added-addresses';

// One route for every page of an added module (`/my/`, `/my/section/`, `/my/results/`,
// `/my/print/`): each route costs every page of the site bytes in the router's table. Each is
// prerendered empty and reads its module from the browser, so it also works offline.
export function entries() {
	return ADDED_VIEWS.map((view) => ({ view }));
}

export function load({ params }) {
	const view = params.view ?? '';
	if (!(ADDED_VIEWS as readonly string[]).includes(view)) error(404, 'There is no such page.');
	// An added module may never take the id of a built-in one.
	return { view: view as AddedView, builtInIds: getModules().map((module) => module.id) };
}
