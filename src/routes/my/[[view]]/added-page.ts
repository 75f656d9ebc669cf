import type { AddedView as ViewName } from '$lib/content/added-addresses';
import type { AddedModulesReader } from '$lib/content/added-modules-reader.svelte';
import type { AddedView } from '../added-view';
import { openAdded, type ModulePage, type ViewLoader } from '../open-added';

/** The views this route shows: a section has a page of its own (`src/routes/my/section/`). */
export type RouteView = Exclude<ViewName, 'section'>;

/** Each view's code, loaded only for a page of that view. */
const VIEWS: Record<RouteView, () => Promise<{ view: AddedView }>> = {
	'': () => import('./view-module'),
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

/** One view's code and its built-in page component, both loaded when the page opens. */
function viewLoader(name: RouteView): ViewLoader {
	return async () => {
		const { view } = await VIEWS[name]();
		return { view, component: await builtInPage(view.route) };
	};
}

/**
 * Reads the student's added modules and works out this route's page of one (`openAdded`).
 * @param name the view: the path after `/my/`
 * @param search the address's query (`location.search`)
 * @param builtInIds the ids of the site's own modules
 * @param added the modules read before, if any
 */
export function openRouteView(
	name: RouteView,
	search: string,
	builtInIds: readonly string[],
	added: AddedModulesReader | null
) {
	return openAdded(search, builtInIds, added, viewLoader(name));
}
