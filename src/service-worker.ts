/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Keeps the whole site in the browser after the first visit, so students can carry on offline.
import { base, build, files, prerendered, version } from '$service-worker';
import { answerFor, isHostOnly } from '$lib/offline/site-addresses';
import { ISLANDS } from '$lib/islands/files';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `claimwise-${version}`;
// The page static hosts show for unknown paths (adapter-static's fallback); offline, the worker does.
const NOT_FOUND = `${base}/404.html`;
// What SvelteKit's client reads to tell whether a new version is out, e.g. after a failed navigation.
const VERSION_FILE = `${base}/_app/version.json`;
// The scripts of pages without SvelteKit's client are in `build`, but each is named without a hash
// (its page asks for `?v=<version>`): checked with the host, like pages.
const ISLAND_ENTRIES = new Set(ISLANDS.map((island) => `${base}/${island.file}`));
const IMMUTABLE = new Set(build.filter((path) => !ISLAND_ENTRIES.has(path)));
const ASSETS = [
	...build,
	...files.filter((path) => !isHostOnly(path, base)),
	...prerendered,
	NOT_FOUND,
	VERSION_FILE
];
const OWN = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	// A new version is used only once every file of it is cached, and only once no tab runs the old
	// one: the browser waits for that, so a page and the code it runs are always one version.
	event.waitUntil(caches.open(CACHE).then(cacheWhole));
});

/**
 * Caches every file of this version. A file the host answers with 404 or 410 does not exist there
 * (a host may keep a file for itself), so it is left out rather than costing the whole offline copy.
 * Any other failure, such as the network dropping halfway, fails the install: the version that
 * works now stays, rather than half of a new one taking over.
 */
async function cacheWhole(cache: Cache) {
	await Promise.all(
		ASSETS.map(async (path) => {
			// Files without a hash in their name are checked with the host, never taken from an old
			// HTTP cache, so the copy is all of one version.
			const response = await fetch(path, { cache: IMMUTABLE.has(path) ? 'default' : 'no-cache' });
			const missing = response.status === 404 || response.status === 410;
			if (missing && path !== NOT_FOUND) return;
			if (!response.ok && !missing) throw new Error(`${path}: ${response.status}`);
			// A response that came through a redirect cannot answer a page's request: keep its content.
			await cache.put(path, response.redirected ? new Response(response.body, response) : response);
		})
	);
}

sw.addEventListener('activate', (event) => {
	// The old version goes whole, once nothing uses it.
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	const answer = answerFor(url, OWN, base);
	if (answer.kind === 'cached') event.respondWith(fromThisVersion(event.request, answer.path));
	else if (answer.kind === 'redirect') {
		event.respondWith(Response.redirect(new URL(answer.location, url).href, 301));
	} else if (answer.kind === 'unknown') event.respondWith(fromHostOrNotFound(event.request));
});

/** This version's own files (code, pages and their data) come from its copy, online or not. */
async function fromThisVersion(request: Request, path: string) {
	const cached = await caches.open(CACHE).then((cache) => cache.match(path));
	return cached ?? fetch(request);
}

/** An address this version has no file for: the host's answer, or offline its 404 page. */
async function fromHostOrNotFound(request: Request) {
	try {
		return await fetch(request);
	} catch (error) {
		const page = await caches.open(CACHE).then((cache) => cache.match(NOT_FOUND));
		if (!page) throw error;
		return new Response(page.body, { status: 404, headers: page.headers });
	}
}
