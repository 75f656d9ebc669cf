// What the assignment page loads only for an assignment of a module a teacher made or added (a
// link that carries its module, or work kept under a code whose module is not the site's): the
// link's reader, the student's added modules and their addresses. Built-in assignments never
// load it.
import { decodeAssignmentWithModule } from '$lib/codes/assignment-module-link';
import { AddedModules, type AddCheck } from '$lib/content/added-modules.svelte';
import { addedAddresses } from '$lib/content/added-addresses';
import type { Assignment } from '$lib/codes/assignment';
import type { ModuleContent } from '$lib/content/schema';

import type { ModuleAddresses } from '$lib/content/module-addresses';
import AddCarriedModule from './AddCarriedModule.svelte';

export { sectionInAssignment } from '$lib/content/added-addresses';

/**
 * An assignment read from a link that carries its module: the module's `addresses`, and the
 * module to do it with (`module`) when this browser has that very module (id and version, from
 * the same source); otherwise `module` is null and `offer` holds what the page shows to ask the
 * student first (`AddCarriedModule`'s props: what adding would do, `check`, among `added`).
 */
export type Carried =
	| { problem: string; assignment?: undefined }
	| {
			problem?: undefined;
			assignment: Assignment;
			module: ModuleContent | null;
			addresses: ModuleAddresses;
			offer: Offer | null;
	  };

/** What `AddCarriedModule` is given to ask the student whether to add the module. */
export interface Offer {
	Ask: typeof AddCarriedModule;
	module: ModuleContent;
	check: Exclude<AddCheck, { kind: 'refused' }>;
	added: AddedModules;
}

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
	const addresses = addedAddresses(module.id);
	if (check.kind !== 'refused') {
		const offer = { Ask: AddCarriedModule, module, check, added };
		return { assignment, module: null, addresses, offer };
	}
	const current = added.get(module.id);
	if (check.reason !== 'not-newer' || !current) return { problem: check.message };
	if (current.version === module.version) {
		return { assignment, module: current, addresses, offer: null };
	}
	return {
		problem: `This assignment was made for version ${module.version} of “${module.title}”, and this browser has a newer one (version ${current.version}), so it cannot be done here. Ask your teacher for a new link.`
	};
}

/**
 * The module of an assignment kept under its code, when it is one the student added (same id and
 * version), with its addresses; null otherwise. Reads the added modules through the storage layer;
 * never throws.
 */
export function addedModuleFor(
	assignment: Pick<Assignment, 'moduleId' | 'contentVersion'>,
	builtInIds: readonly string[]
): { module: ModuleContent; addresses: ModuleAddresses } | null {
	const module = new AddedModules(builtInIds).get(assignment.moduleId);
	return module && module.version === assignment.contentVersion
		? { module, addresses: addedAddresses(module.id) }
		: null;
}
