import { getModules } from '$lib/server/modules';

// An added module may never take the id of a built-in one.
export function load() {
	return { builtInIds: getModules().map((module) => module.id) };
}
