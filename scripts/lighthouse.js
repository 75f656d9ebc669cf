// Lighthouse (mobile defaults) on four pages of the built site, served compressed like a real
// host. A benchmark, not a test: npm run lighthouse
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { serveStatic } from './static-server.js';

const port = 4175;
const origin = `http://127.0.0.1:${port}`;
const pages = [
	'/',
	'/modules/azerbaijan-russia/',
	'/modules/azerbaijan-russia/demonization-of-russia/',
	'/modules/azerbaijan-russia/print/'
];
const chrome = chromiumPath();
if (!chrome) throw new Error('Lighthouse needs Chromium: set CHROMIUM_PATH or install chromium.');

execFileSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const server = await serveStatic(join(process.cwd(), 'build'), port);
try {
	const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
	console.log(`${'page'.padEnd(54)}perf  a11y  best  seo`);
	for (const [i, path] of pages.entries()) {
		const file = join(out, `${i}.json`);
		// Asynchronously: the server runs in this same process.
		await promisify(execFile)(
			'npx',
			[
				'-y',
				'lighthouse@12.8.2',
				origin + path,
				`--chrome-flags=--headless ${chromiumArgs.join(' ')}`,
				'--output=json',
				`--output-path=${file}`,
				'--quiet'
			],
			{ env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 }
		);
		const { categories } = JSON.parse(readFileSync(file, 'utf8'));
		const score = (/** @type {string} */ id) =>
			String(Math.round(categories[id].score * 100)).padStart(4);
		console.log(
			`${path.padEnd(52)}${score('performance')}  ${score('accessibility')}  ${score('best-practices')}  ${score('seo')}`
		);
	}
} finally {
	server.close();
}
