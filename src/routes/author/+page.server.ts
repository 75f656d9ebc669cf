import { getModules } from '$lib/server/modules';

// "Try it as a student" keeps the module among this browser's added modules, which never take
// the id of a built-in one.
export function load() {
	return { builtInIds: getModules().map((module) => module.id) };
}
