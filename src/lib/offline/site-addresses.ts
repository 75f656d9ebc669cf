// What the service worker answers for an address, the way a static host would. Pure, so that it can
// be tested with any BASE_PATH without a browser.

/**
 * Files a static host reads for itself and may not serve: `_headers` and `_redirects` (Netlify,
 * Cloudflare Pages: https://docs.netlify.com/routing/headers/,
 * https://developers.cloudflare.com/pages/configuration/headers/), `_routes.json` and `_worker.js`
 * (Cloudflare Pages Functions), `.nojekyll` (GitHub Pages), `.htaccess` (Apache).
 */
const HOST_FILES = [
	'_headers',
	'_redirects',
	'_routes.json',
	'_worker.js',
	'.nojekyll',
	'.htaccess'
];

/**
 * Whether `path` is a file only the host reads, which the offline copy leaves out.
 * Takes a path as the service worker lists it (`${base}/_headers`) and the site's base path
 * (`''` or `/claimwise`, no trailing slash); only files at the site's root count.
 */
export function isHostOnly(path: string, base: string): boolean {
	return HOST_FILES.some((name) => path === `${base}/${name}`);
}

/** What to answer for a GET of the site's own origin. */
export type SiteAnswer =
	/** This version's cached file at `path` (a pathname, without the query). */
	| { kind: 'cached'; path: string }
	/** A permanent redirect to `location` (pathname and query string), as hosts send. */
	| { kind: 'redirect'; location: string }
	/** An address of the site that this version has no file for: the host's answer, or 404.html. */
	| { kind: 'unknown' }
	/** Not the site's (outside its base path): left to the browser. */
	| { kind: 'elsewhere' };

/**
 * Decides the answer for `url` given the set of the version's cached pathnames (`own`, each
 * beginning with `base`) and the site's base path (`''` or `/claimwise`). A page's address without
 * its trailing slash and `…/index.html` redirect to the address with the slash, keeping the query
 * string (the browser keeps the `#fragment` across a redirect by itself), as static hosts such as
 * Netlify, Cloudflare Pages and GitHub Pages do.
 */
export function answerFor(url: URL, own: ReadonlySet<string>, base: string): SiteAnswer {
	const path = url.pathname;
	if (path !== base && !path.startsWith(`${base}/`)) return { kind: 'elsewhere' };
	if (own.has(path)) return { kind: 'cached', path };
	const folder = path.endsWith('/index.html')
		? path.slice(0, -'index.html'.length)
		: path.endsWith('/')
			? null
			: `${path}/`;
	if (folder !== null && own.has(folder)) {
		return { kind: 'redirect', location: `${folder}${url.search}` };
	}
	return { kind: 'unknown' };
}
