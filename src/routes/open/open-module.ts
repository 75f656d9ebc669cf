import { AddedModules, type AddCheck } from '$lib/content/added-modules.svelte';
import { decodeModuleLink } from '$lib/codes/module-link';
import { readModuleFile } from '$lib/codes/module-file';
import type { ModuleContent } from '$lib/content/schema';

// The choice to add, update or replace shows only once a module is read: it loads with the reader.
export { default as AddModuleChoice } from '$lib/components/AddModuleChoice.svelte';
export { AddedModules, decodeModuleLink, readModuleFile };

/**
 * What the page shows of a shared module, from a link or a file: the module and what adding it
 * would do (`AddedModules.check`), or one calm sentence why it cannot be opened (and, for an
 * assignment link, its part after "#": `assignment`).
 */
export type Opened =
	| { module: ModuleContent; check: AddCheck; problem?: undefined; assignment?: undefined }
	| { problem: string; assignment?: string; module?: undefined; check?: undefined };

/**
 * Reads a shared module (a link's part after "#", a whole link pasted, or a file) and says what
 * adding it would do. Never throws: broken or hostile input gets the one sentence
 * `decodeModuleLink` / `readModuleFile` give.
 */
export async function openShared(
	input: { link: string } | { file: Blob },
	added: AddedModules
): Promise<Opened> {
	const read =
		'link' in input ? await decodeModuleLink(input.link) : await readModuleFile(input.file);
	if (read.problem) return { problem: read.problem.message, assignment: read.problem.assignment };
	return { module: read.module, check: added.check(read.module) };
}
