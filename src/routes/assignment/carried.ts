// What the assignment page loads only for an assignment of a module a teacher made or added (a
// link that carries its module, or work kept under a code whose module is not the site's): the
// link's reader, the student's added modules and their addresses. Built-in assignments never
// load it.
import { decodeAssignmentWithModule } from '$lib/codes/assignment-module-link';
import { AddedModules, type AddCheck } from '$lib/content/added-modules.svelte';
import { addedAddresses } from '$lib/content/added-addresses';
import type { Assignment } from '$lib/codes/assignment';
import type { ModuleContent } from '$lib/content/schema';

export { addedAddresses };
export { default as AddCarriedModule } from './AddCarriedModule.svelte';

/**
 * An assignment read from a link that carries its module: `ready` when this browser has that very
 * module (id and version, from the same source) and it can be done at once; otherwise the
 * student is asked first, with what adding would do (`check`: new, a newer version, or another
 * module with the same id to replace).
 */
export type Carried =
	| { problem: string }
	| {
			problem?: undefined;
			assignment: Assignment;
			module: ModuleContent;
			added: AddedModules;
			check: AddCheck;
			ready: boolean;
	  };

/**
 * Reads an `A3` link's part after "#" and finds what adding its module would do among this
 * browser's added modules. Returns `{ problem }` (one calm sentence) for a broken link, a module
 * with a built-in module's id, or a module this browser has in a newer version (its sections would
 * not match the assignment). Never throws.
 * @param builtInIds the ids of the site's own modules, which an added module never takes
 */
export async function readCarried(hash: string, builtInIds: readonly string[]): Promise<Carried> {
	const read = await decodeAssignmentWithModule(hash);
	if (!read.ok) return { problem: read.error };
	const { assignment, module } = read;
	const added = new AddedModules(builtInIds);
	const check = added.check(module);
	if (check.kind !== 'refused') return { assignment, module, added, check, ready: false };
	const current = added.get(module.id);
	if (check.reason !== 'not-newer' || !current) return { problem: check.message };
	if (current.version === module.version) {
		return { assignment, module: current, added, check, ready: true };
	}
	return {
		problem: `This assignment was made for version ${module.version} of “${module.title}”, and this browser has a newer one (version ${current.version}), so it cannot be done here. Ask your teacher for a new link.`
	};
}

/**
 * The module of an assignment kept under its code, when it is one the student added (same id and
 * version); null otherwise. Reads the added modules through the storage layer; never throws.
 */
export function addedModuleFor(
	assignment: Pick<Assignment, 'moduleId' | 'contentVersion'>,
	builtInIds: readonly string[]
): ModuleContent | null {
	const module = new AddedModules(builtInIds).get(assignment.moduleId);
	return module && module.version === assignment.contentVersion ? module : null;
}
