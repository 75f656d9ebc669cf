import { resolve } from '$app/paths';
import type { ModuleContent } from '$lib/content/schema';

/** Far more than any module's published data takes: a longer answer is not read at all. */
export const MODULE_DATA_LIMIT = 5_000_000;

/**
 * Fetches a module's published data from this site (`/modules/<id>.json`) and checks it like any
 * outside input: size-capped, then validated with the module schema and rules (`validateModule`),
 * and its id must be the one asked for.
 * @returns the module, or null when it cannot be had (offline, gone) or is not a valid module.
 * Never throws.
 */
export async function loadModule(id: string): Promise<ModuleContent | null> {
	try {
		const response = await fetch(resolve('/modules/[module].json', { module: id }));
		if (!response.ok) return null;
		const text = await response.text();
		return text.length > MODULE_DATA_LIMIT ? null : await parseModuleData(text, id);
	} catch {
		return null;
	}
}

/**
 * Reads published module data (JSON text) and validates it; null unless it is a valid module with
 * this id. The validator loads only when a module does, so no page's first load grows by it.
 */
export async function parseModuleData(text: string, id: string): Promise<ModuleContent | null> {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	const { validateModule } = await import('$lib/content/validate-module');
	const checked = validateModule(data);
	return checked.ok && checked.module.id === id ? checked.module : null;
}
