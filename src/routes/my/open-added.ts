import type { Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { AddedModulesReader } from '$lib/content/added-modules-reader.svelte';
import { addedAddresses, readAddedQuery } from '$lib/content/added-addresses';
import type { ModuleAddresses } from '$lib/content/module-addresses';
import type { AddedView } from './added-view';

/** A built-in module's page component: its `data`, and where the module's pages are. */
export type ModulePage = Component<{ data: unknown; addresses: ModuleAddresses }>;

/**
 * Loads one view's code (`AddedView`) and the built-in page component that shows it. Rejects when
 * the code cannot be loaded (offline before it was kept, or a new version replaced it).
 */
export type ViewLoader = () => Promise<{ view: AddedView; component: ModulePage }>;

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
 * Works out an added module's page from the address's query (`location.search`:
 * `readAddedQuery`), the modules the student added and the page's view (`load`). Never throws: a
 * missing or mangled query, an unknown or removed module, section or sheet is a `problem`, and so
 * is a view whose code cannot be loaded (offline before it was kept).
 */
export async function openAddedPage(
	search: string,
	added: AddedModulesReader,
	load: ViewLoader
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
		const { view, component } = await load();
		// Each component takes the `data` its view's page-data function gives.
		const page = view.pageData(module, addresses, { sectionId, sheet });
		if ('problem' in page) return { problem: page.problem, moduleHref };
		return { component, data: page.data, addresses, footer: page.footer };
	} catch {
		return {
			problem: 'This page could not be loaded: check your connection and reload it.',
			moduleHref
		};
	}
}

/**
 * Reads the student's added modules and works out the page (`openAddedPage`).
 * @param search the address's query (`location.search`)
 * @param builtInIds the ids of the site's own modules
 * @param added the modules read before, kept when they had every stored module (another tab's
 *   save is already in them); else read anew: checked against their stored check, not validated
 *   again, except modules stored by an earlier release without one, which the adder
 *   (`AddedModules`, loaded for it) validates once and stores again with their check
 * @param load the page's view and component
 */
export async function openAdded(
	search: string,
	builtInIds: readonly string[],
	added: AddedModulesReader | null,
	load: ViewLoader
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
	return { added, page: await openAddedPage(search, added, load) };
}
