import { madeForModule, type Assignment } from '$lib/codes/assignment';
import type { CollectedAssignment } from '$lib/codes/collection-file';
import type { ModuleContent } from '$lib/content/schema';

/**
 * The module an assignment keeps in the teacher's collection (a module a teacher made or added),
 * validated in full with `validateModule` (whose code loads only here) and held to the module the
 * assignment names (id and version). Returns null when the entry keeps no module, or when what it
 * keeps is not a valid module of that id and version (a damaged or edited collection). Never
 * throws, unless the validator's code cannot be loaded (offline before the site was kept).
 */
export async function collectedModule(
	item: Pick<CollectedAssignment, 'module'>,
	assignment: Pick<Assignment, 'moduleId' | 'contentVersion'>
): Promise<ModuleContent | null> {
	if (!item.module) return null;
	const { validateModule } = await import('$lib/content/validate-module');
	const checked = validateModule(item.module);
	return checked.ok && madeForModule(assignment, checked.module) ? checked.module : null;
}
