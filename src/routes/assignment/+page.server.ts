import { getModules } from '$lib/server/modules';

// A module carried by an assignment link may never take the id of a built-in one.
export function load() {
	return { builtInIds: getModules().map((module) => module.id) };
}
