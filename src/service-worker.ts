/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Keeps the whole site in the browser after the first visit, so students can carry on offline.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `claimwise-${version}`;
const ASSETS = [...build, ...files, ...prerendered];
const OWN = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	// A new version is used only once every file of it is cached, and only once no tab runs the old
	// one: the browser waits for that, so a page and the code it runs are always one version.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

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
	if (OWN.has(url.pathname)) event.respondWith(fromThisVersion(event.request, url));
});

/** This version's own files (code, pages and their data) come from its copy, online or not. */
async function fromThisVersion(request: Request, url: URL) {
	const cached = await caches.open(CACHE).then((cache) => cache.match(url.pathname));
	return cached ?? fetch(request);
}
