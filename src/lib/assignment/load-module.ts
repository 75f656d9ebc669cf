import { resolve } from '$app/paths';
import type { ModuleContent } from '$lib/content/schema';

/** Fetches a module's published data from this site; null when it cannot be had (offline, gone). */
export async function loadModule(id: string): Promise<ModuleContent | null> {
	try {
		const response = await fetch(resolve('/modules/[module].json', { module: id }));
		if (!response.ok) return null;
		const data = (await response.json()) as ModuleContent;
		return Array.isArray(data?.sections) && Array.isArray(data?.claims) ? data : null;
	} catch {
		return null;
	}
}
