// A small static server for the built site, gzip-compressing like a real host.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain'
};

/**
 * Serves `dir` on 127.0.0.1 (port 0: any free port) the way static hosts do: folders answer with
 * their index.html, a folder's address without its trailing slash redirects (301) to the one with
 * it, and unknown paths get 404.html with status 404.
 * @param {string} dir
 * @param {number} [port]
 * @param {{ hostOnly?: string[] }} [options] `hostOnly`: paths (e.g. `/_headers`) that the host reads
 *   itself and answers with 404, as Netlify and Cloudflare Pages do.
 * @returns {Promise<import('node:http').Server>}
 */
export function serveStatic(dir, port = 0, { hostOnly = [] } = {}) {
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://x');
		let path = decodeURIComponent(url.pathname);
		let file = join(dir, path);
		if (
			!path.endsWith('/') &&
			file.startsWith(dir) &&
			existsSync(file) &&
			statSync(file).isDirectory()
		) {
			response.writeHead(301, { location: `${url.pathname}/${url.search}` });
			response.end();
			return;
		}
		if (path.endsWith('/')) path += 'index.html';
		file = join(dir, path);
		let status = 200;
		if (
			hostOnly.includes(url.pathname) ||
			!file.startsWith(dir) ||
			!existsSync(file) ||
			statSync(file).isDirectory()
		) {
			file = join(dir, '404.html');
			status = 404;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const body = readFileSync(file);
		const gzip =
			/\bgzip\b/.test(String(request.headers['accept-encoding'])) && !type.startsWith('image/png');
		response.writeHead(status, {
			'content-type': type,
			...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
		});
		response.end(gzip ? gzipSync(body) : body);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
