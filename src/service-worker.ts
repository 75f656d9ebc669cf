/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Keeps the whole site in the browser after the first visit, so students can carry on offline.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `claimwise-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	// A new version is only used once every file of it is cached: old and new never mix.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
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
	event.respondWith(respond(event.request, url));
});

async function respond(request: Request, url: URL) {
	const cache = await caches.open(CACHE);
	// Hashed build files never change: the cache is always right.
	if (build.includes(url.pathname) || files.includes(url.pathname)) {
		const cached = await cache.match(url.pathname);
		if (cached) return cached;
	}
	// Pages and data: the network when there is one, this version's copy when not.
	try {
		const response = await fetch(request);
		if (response.ok && prerendered.includes(url.pathname))
			await cache.put(url.pathname, response.clone());
		return response;
	} catch (error) {
		const cached = await cache.match(url.pathname, { ignoreSearch: true });
		if (cached) return cached;
		throw error;
	}
}
