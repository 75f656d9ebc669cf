// A module shared as a `.json` file in the published module format. Pure: no $app imports.
import type { ModuleContent } from '$lib/content/schema';
import { cleanFileText } from '$lib/clean-file-text';
import { MODULE_JSON_LIMIT, moduleProblem, readModuleJson, type ModuleInput } from './module-link';

/**
 * The text of a module's file: the module as JSON in the published module format
 * (docs/content-format.md), indented with tabs like the built-in modules, ending in a line break.
 * Reads back to the same module with `parseModuleFile`.
 */
export function moduleFileText(module: ModuleContent): string {
	return `${JSON.stringify(module, null, '\t')}\n`;
}

/** The name a module's file is saved under: its id and version, e.g. `local-election-v2.json`. */
export function moduleFileName(module: Pick<ModuleContent, 'id' | 'version'>): string {
	return `${module.id}-v${module.version}.json`;
}

/**
 * Reads a module file's text (a byte order mark or blank lines around it are fine). Text longer
 * than `MODULE_JSON_LIMIT` characters is rejected (`too-long`) before it is parsed; the rest is
 * read and validated like a module link's JSON (see `readModuleJson`). Returns `{ module }` or
 * `{ problem }` with a calm sentence; never throws.
 */
export function parseModuleFile(text: string): ModuleInput {
	if (typeof text !== 'string') return moduleProblem('not-a-module', 'file');
	if (text.length > MODULE_JSON_LIMIT) return moduleProblem('too-long', 'file');
	return readModuleJson(cleanFileText(text), 'file');
}

/**
 * Reads a module file a student or teacher opened (a `File` from a file picker or a drop). A file
 * over `MODULE_JSON_LIMIT` bytes is rejected (`too-long`) before any of it is read; the text is
 * then read as UTF-8 and checked by `parseModuleFile`. Returns `{ module }` or `{ problem }`; never
 * throws or rejects (a file that cannot be read, say one deleted meanwhile, is `damaged`).
 */
export async function readModuleFile(file: Blob): Promise<ModuleInput> {
	if (file.size > MODULE_JSON_LIMIT) return moduleProblem('too-long', 'file');
	let text: string;
	try {
		text = await file.text();
	} catch {
		return moduleProblem('damaged', 'file');
	}
	return parseModuleFile(text);
}
