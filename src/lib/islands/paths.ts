/**
 * `$app/paths` for the scripts the build makes outside SvelteKit's client (`ISLANDS`; the
 * build points `$app/paths` here for them, `vite.config.ts`), where SvelteKit's own module would
 * bring its whole client. The site's base path is worked out from where the script itself is served:
 * each lives two folders below the base (`<base>/_app/island/<name>.js`).
 */
export const base = new URL(/* @vite-ignore */ '../..', import.meta.url).pathname.slice(0, -1);

/**
 * SvelteKit's `resolve` for the route ids this site uses: `[name]` takes `params[name]`, which
 * must be given; `[[name]]` is left out, with its slash, when `params[name]` is empty or missing.
 * Takes a route id or pathname starting with `/`, returns the path with the base path before it.
 * Throws, as SvelteKit's does, when a required parameter is missing.
 * Source: @sveltejs/kit src/utils/routing.js (`resolve_route`), version 2.70.
 */
export function resolve(id: string, params: Record<string, string | undefined> = {}): string {
	const path = id.replace(
		/\/\[(\[)?(\w+)\]\]?/g,
		(_, optional: string | undefined, name: string) => {
			const value = params[name];
			if (value) return `/${value}`;
			if (optional) return '';
			throw new Error(`Missing parameter '${name}' in route ${id}`);
		}
	);
	return base + (path || '/');
}
