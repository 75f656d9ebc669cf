import type { Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { AddedModulesReader } from '$lib/content/added-modules-reader.svelte';
import { addedAddresses, readAddedQuery, type AddedView } from '$lib/content/added-addresses';
import type { ModuleAddresses } from '$lib/content/module-addresses';
import type { AddedView as View } from './added-view';

/** Each view's code, loaded only for a page of that view. */
const VIEWS: Record<AddedView, () => Promise<{ view: View }>> = {
	'': () => import('./view-module'),
	section: () => import('./view-section'),
	results: () => import('./view-results'),
	print: () => import('./view-print')
};

/**
 * Loads a built-in route's page component through SvelteKit's own table of routes (the client
 * app's `dictionary`, route id → `[page, layouts?, errors?]`, the page's node index first, stored as
 * its bitwise NOT when it has a server load; and `nodes`, each loading one node's chunk), so an added module's page
 * loads the very file the built-in page loads. Importing the component itself would make the
 * bundler split each built-in page's file in two: 70 bytes more on every section page, which has
 * none to spare. The build checks that the table still has this shape (`vite.config.ts`).
 * Source: SvelteKit 2, `src/core/sync/write_client_manifest.js`.
 */
// A glob, so that the type checker leaves the generated file alone. `vite dev` serves the table
// SvelteKit writes for development; the build, the optimised one.
const GENERATED_APP = import.meta.env.DEV
	? import.meta.glob('../../../../.svelte-kit/generated/client/app.js')
	: import.meta.glob('../../../../.svelte-kit/generated/client-optimized/app.js');

async function builtInPage(routeId: string): Promise<ModulePage> {
	const app: {
		dictionary: Record<string, number[]>;
		nodes: (() => Promise<{ component: unknown }>)[];
	} = (await Object.values(GENERATED_APP)[0]()) as never;
	const index = app.dictionary[routeId][0];
	return (await app.nodes[index < 0 ? ~index : index]()).component as ModulePage;
}

/** A built-in module's page component: its `data`, and where the module's pages are. */
export type ModulePage = Component<{ data: unknown; addresses: ModuleAddresses }>;

/**
 * What an added module's page shows: the built-in page `component` with its `data` and the
 * module's `addresses`, and for printed pages the attachment that writes the printed `footer`'s
 * title; or a `problem` (one calm sentence), with the module's page to go back to when there is
 * one (`moduleHref`).
 */
export type AddedPage =
	| {
			component: ModulePage;
			data: unknown;
			addresses: ModuleAddresses;
			footer?: Attachment;
			problem?: undefined;
	  }
	| { problem: string; moduleHref: string | null; component?: undefined };

const again = 'Open the link or file your teacher shared again to add it.';

/**
 * Works out an added module's page from the view (the path after `/my/`), the address's query
 * (`location.search`: `readAddedQuery`) and the modules the student added. Never throws: a
 * missing or mangled query, an unknown or removed module, section or sheet is a `problem`, and so
 * is a part of the site that cannot be loaded (offline before it was kept).
 */
export async function openAddedPage(
	view: AddedView,
	search: string,
	added: AddedModulesReader
): Promise<AddedPage> {
	const { moduleId, sectionId, sheet } = readAddedQuery(search);
	if (!moduleId) {
		return {
			problem: `This address does not say which module to open. ${again}`,
			moduleHref: null
		};
	}
	const module = added.get(moduleId);
	if (!module) {
		const name = `“${moduleId.slice(0, 80)}”`;
		return {
			// With modules left out as unreadable (the notice says so), this may be one of them.
			problem: added.notice
				? `The module ${name} is not among the modules this browser could read. ${again}`
				: `There is no module ${name} in this browser: it may have been removed, or added in another browser. ${again}`,
			moduleHref: null
		};
	}
	const addresses = addedAddresses(module.id);
	const moduleHref = addresses.module;
	try {
		const { view: shown } = await VIEWS[view]();
		const page = shown.pageData(module, addresses, { sectionId, sheet });
		if ('problem' in page) return { problem: page.problem, moduleHref };
		// Each takes the `data` its view's page-data function gives.
		const component = await builtInPage(shown.route);
		return { component, data: page.data, addresses, footer: page.footer };
	} catch {
		// Offline before this part of the site was kept, or a new version replaced it.
		return {
			problem: 'This page could not be loaded: check your connection and reload it.',
			moduleHref
		};
	}
}

/**
 * Reads the student's added modules and works out the page (`openAddedPage`).
 * @param builtInIds the ids of the site's own modules
 * @param added the modules read before, kept when they had every stored module (another tab's
 *   save is already in them); else read anew: checked against their stored check, not validated
 *   again, except modules stored by an earlier release without one, which the adder
 *   (`AddedModules`, loaded for it) validates once and stores again with their check
 */
export async function openAdded(
	view: AddedView,
	search: string,
	builtInIds: readonly string[],
	added: AddedModulesReader | null
): Promise<{ added: AddedModulesReader; page: AddedPage }> {
	if (!added || added.unchecked) added = new AddedModulesReader(builtInIds);
	if (added.unchecked) {
		try {
			const { AddedModules } = await import('$lib/content/added-modules.svelte');
			added = new AddedModules(builtInIds);
		} catch {
			// Offline before the adder was kept: the modules stored with their check still open.
		}
	}
	return { added, page: await openAddedPage(view, search, added) };
}
