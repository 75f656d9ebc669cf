/**
 * The pages that load a script of their own instead of SvelteKit's client (`csr = false`), and
 * their scripts, each built as one file outside SvelteKit's client (`islands` in `vite.config.ts`):
 * - `route`: the page's SvelteKit route id; `src/hooks.server.ts` adds the script to its HTML;
 * - `source`: the script's source, from the project's root (what `vite dev` serves);
 * - `file`: the built script, from the site's base path, without a leading slash; the page asks
 *   for it with `?v=<version>`, so that no browser keeps an old copy. It loads the rest from
 *   files beside it named by their content. The build lists them all among SvelteKit's client
 *   files, so the service worker keeps them for offline use.
 */
export const ISLANDS = [
	{
		// An added module's section page: 38 KB of code this way, 56.8 KB with SvelteKit's client.
		route: '/my/section',
		source: 'src/routes/my/section/island.ts',
		file: '_app/island/added-section.js'
	}
] as const;

/**
 * The address of a page's script, as its prerendered HTML asks for it: relative to the page (which
 * is a folder, `trailingSlash: 'always'`), so that the site works from any base path.
 * @param route the page's route id, such as `/my/section`
 * @param version the site's version (SvelteKit's `version`), which each build changes
 * @param dev whether `vite dev` serves the page: then the script's source, from the server's root
 * @returns the address, or `null` for a page with no script of its own
 */
export function islandScript(route: string | null, version: string, dev: boolean): string | null {
	const island = ISLANDS.find((each) => each.route === route);
	if (!island) return null;
	if (dev) return `/${island.source}`;
	const up = '../'.repeat(island.route.split('/').filter(Boolean).length);
	return `${up}${island.file}?v=${encodeURIComponent(version)}`;
}
