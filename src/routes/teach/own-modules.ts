// What /teach loads after its first paint for the teacher's own modules: those kept on this
// device (added through /open/, or kept by "Try it as a student" on /author/), and the assignment
// link that carries one. Never part of the page's first load.
import { AddedModules } from '$lib/content/added-modules.svelte';
import { teachModule } from '$lib/content/teach-page-data';
import { packModule } from '$lib/codes/module-link';
import type { ModuleContent } from '$lib/content/schema';

export {
	ASSIGNMENT_MODULE_LINK_LIMIT,
	decodeAssignmentWithModule,
	encodeAssignmentWithModule
} from '$lib/codes/assignment-module-link';

/**
 * The modules kept on this device, oldest first, as the form lists them (`listed`) and whole
 * (`contents`, by id), read through the storage layer. `notice` is what to tell the teacher when
 * they could not be read (one sentence), or null.
 * @param builtInIds the ids of the site's own modules, never listed here
 */
export function ownModules(builtInIds: readonly string[]) {
	const added = new AddedModules(builtInIds);
	const modules = added.list.map((entry) => entry.module);
	return {
		listed: modules.map(teachModule),
		contents: Object.fromEntries(modules.map((module) => [module.id, module])) as Record<
			string,
			ModuleContent
		>,
		notice: added.notice
	};
}

/**
 * How many characters the module adds to an assignment's link (`A3` beside `A2`): its packed
 * form (`packModule`) and the "." before it. Takes a valid module; resolves to a count.
 */
export async function carriedLength(module: ModuleContent): Promise<number> {
	return (await packModule(module)).length + 1;
}
