import { resolve } from '$app/paths';
import type { ModuleContent } from '$lib/content/schema';

/** Far more than any module's published data takes: a longer answer is not read at all. */
export const MODULE_DATA_LIMIT = 5_000_000;

/**
 * Why a module could not be had: `missing` when this site has no such module (the host, or the
 * service worker offline, answers 404 or 410), `unreachable` when the network failed or the host
 * answered with another error (offline, 5xx), `unreadable` when what came is not a valid module
 * with the id asked for.
 */
export type ModuleProblem = 'missing' | 'unreachable' | 'unreadable';

/** A module fetched, or why there is none. */
export type FetchedModule =
	{ module: ModuleContent; problem?: undefined } | { module?: undefined; problem: ModuleProblem };

/**
 * Fetches a module's published data from this site (`/modules/<id>.json`) and checks it like any
 * outside input: size-capped, then validated with the module schema and rules (`validateModule`),
 * and its id must be the one asked for. The validator's code downloads while the module does, so
 * it costs the page's first load nothing and the answer no extra round trip.
 * @returns `{ module }`, or `{ problem }` saying why there is none. Never throws.
 */
export async function fetchModule(id: string): Promise<FetchedModule> {
	const validator = loadValidator();
	// Not awaited when the fetch fails first: its own failure then matters to no one.
	validator.catch(() => undefined);
	try {
		const response = await fetch(resolve('/modules/[module].json', { module: id }));
		// 404 and 410 come from a host that was reached: the file is not there.
		if (response.status === 404 || response.status === 410) return { problem: 'missing' };
		if (!response.ok) return { problem: 'unreachable' };
		const text = await response.text();
		if (text.length > MODULE_DATA_LIMIT) return { problem: 'unreadable' };
		const module = checkModuleData(text, id, await validator);
		return module ? { module } : { problem: 'unreadable' };
	} catch {
		// The network failed, during the answer too, or the validator's code could not be loaded.
		return { problem: 'unreachable' };
	}
}

/**
 * Fetches a module's published data like `fetchModule`.
 * @returns the module, or null when it cannot be had (offline, gone) or is not a valid module.
 * Never throws.
 */
export async function loadModule(id: string): Promise<ModuleContent | null> {
	return (await fetchModule(id)).module ?? null;
}

/**
 * Reads published module data (JSON text) and validates it; null unless it is a valid module with
 * this id. The validator loads only when a module does, so no page's first load grows by it.
 */
export async function parseModuleData(text: string, id: string): Promise<ModuleContent | null> {
	return checkModuleData(text, id, await loadValidator());
}

/** The module validator, loaded on demand: it is not part of any page's first load. */
const loadValidator = () => import('$lib/content/validate-module').then((m) => m.validateModule);

function checkModuleData(
	text: string,
	id: string,
	validate: Awaited<ReturnType<typeof loadValidator>>
): ModuleContent | null {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	const checked = validate(data);
	return checked.ok && checked.module.id === id ? checked.module : null;
}
