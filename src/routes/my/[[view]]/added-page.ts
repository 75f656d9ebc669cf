import type { Component } from 'svelte';
import { AddedModules } from '$lib/content/added-modules.svelte';
import {
	addedAddresses,
	readAddedQuery,
	sectionLinks,
	type AddedView
} from '$lib/content/added-addresses';
import type { ModuleAddresses } from '$lib/content/module-addresses';
import {
	modulePageData,
	printPageData,
	resultsPageData,
	sectionPageData
} from '$lib/content/page-data';

/** The built-in page that shows each view of an added module, by its SvelteKit route id. */
const ROUTES = {
	'': '/modules/[module]',
	section: '/modules/[module]/[section]',
	results: '/modules/[module]/results',
	print: '/modules/[module]/print/[[sheet]]'
} as const;

/**
 * Loads a built-in route's page component through SvelteKit's own table of routes (the client
 * app's `dictionary`, route id → node indexes, the page's last; an index with a server load is
 * stored as its bitwise NOT, and `nodes`, each loading one node's chunk), so an added module's page
 * loads the very file the built-in page loads. Importing the component itself would make the
 * bundler split each built-in page's file in two: 70 bytes more on every section page, which has
 * none to spare. Source: SvelteKit 2, `src/core/sync/write_client_manifest.js`.
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
	const index = app.dictionary[routeId].at(-1)!;
	return (await app.nodes[index < 0 ? ~index : index]()).component as ModulePage;
}

/**
 * What an added module's page shows: the built-in page `component` with its `data` and the
 * module's `addresses`; or a `problem` (one calm sentence), with the module's page to go back to
 * when there is one (`moduleHref`).
 */
/** A built-in module's page component: its `data`, and where the module's pages are. */
export type ModulePage = Component<{ data: unknown; addresses: ModuleAddresses }>;

export type AddedPage =
	| {
			component: ModulePage;
			data: unknown;
			addresses: ModuleAddresses;
			/** The printed footer's CSS page and text (`runningTitle`), for results and sheets. */
			footer: [page: string, text: string] | null;
			problem?: undefined;
	  }
	| { problem: string; moduleHref: string | null; component?: undefined };

/**
 * The printed footer's CSS page (`app.css`, `print-sheets.css`) and title for an added module's
 * results and sheets: what a built-in module's `running-title.css` sets, which cannot exist for a
 * module the site does not know.
 */
function footerOf(view: AddedView, sheet: 'key' | 'grid' | undefined, title: string) {
	if (view === 'results') return ['answers', `${title} · Answer sheet`] as [string, string];
	if (view !== 'print') return null;
	const [page, name] =
		sheet === 'key'
			? ['key', 'Answer key']
			: sheet === 'grid'
				? ['grid', 'Answer grid']
				: ['worksheet', 'Worksheet'];
	return [page, `${title} · ${name}`] as [string, string];
}

const again = 'Open the link or file your teacher shared again to add it.';

/**
 * Works out an added module's page from the view (the path after `/my/`), the address's query
 * (`location.search`: `readAddedQuery`) and the modules the student added. Never throws: a
 * missing or mangled query, an unknown or removed module, section or sheet is a `problem`.
 */
export async function openAddedPage(
	view: AddedView,
	search: string,
	added: AddedModules
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
		return {
			problem: `There is no module “${moduleId.slice(0, 80)}” in this browser: it may have been removed, or added in another browser. ${again}`,
			moduleHref: null
		};
	}
	const addresses = addedAddresses(module.id);
	const moduleHref = addresses.module;
	let data: unknown;
	if (view === '') data = modulePageData(module);
	else if (view === 'results') data = resultsPageData(module);
	else if (view === 'section') {
		const section = sectionId ? sectionPageData(module, sectionId) : null;
		data = section && {
			...section,
			links: sectionLinks(addresses, Object.keys(section.sectionTitles), section.next)
		};
		if (!data) {
			return {
				problem: `“${module.title}” has no such section: choose one on the module’s page.`,
				moduleHref
			};
		}
	} else {
		data = sheet === null ? null : printPageData(module, sheet ?? '');
		if (!data) {
			return {
				problem: `“${module.title}” has no such printable sheet: choose one on the module’s page.`,
				moduleHref
			};
		}
	}
	try {
		// Each takes the `data` its page-data function gives, worked out above for this view.
		const component = await builtInPage(ROUTES[view]);
		return { component, data, addresses, footer: footerOf(view, sheet ?? undefined, module.title) };
	} catch {
		// Offline before this part of the site was kept, or a new version replaced it.
		return {
			problem: 'This page could not be loaded: check your connection and reload it.',
			moduleHref
		};
	}
}
