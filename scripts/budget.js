// Measures what a first visit to each page loads, gzipped, and fails over budget.
// Usage: npm run budget [-- --dummy-modules 50]
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';
import { serveStatic } from './static-server.js';

const BUDGET = { js: 50 * 1024, css: 10 * 1024 };
const root = new URL('..', import.meta.url).pathname;
const modulesDir = join(root, 'src/lib/content/modules');
const buildDir = join(root, 'build');

const dummyArg = process.argv.indexOf('--dummy-modules');
const dummyCount = dummyArg === -1 ? 0 : Number(process.argv[dummyArg + 1] ?? 50);

/** Copies of the warm-up module under other ids, to show pages do not grow with the catalogue. */
/** @param {number} count */
function writeDummyModules(count) {
	const template = JSON.parse(readFileSync(join(modulesDir, 'signal-words.json'), 'utf8'));
	const files = [];
	for (let i = 1; i <= count; i++) {
		const id = `zz-budget-dummy-${i}`;
		const file = join(modulesDir, `${id}.json`);
		writeFileSync(file, JSON.stringify({ ...template, id, order: 100 + i, title: `Dummy ${i}` }));
		files.push(file);
	}
	return files;
}

/** Every prerendered page but those of the dummy modules. */
function pagesToMeasure() {
	/** @type {string[]} */
	const pages = [];
	/** @type {(dir: string, prefix: string) => void} */
	const walk = (dir, prefix) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_app' && !name.startsWith('zz-budget-dummy-'))
					walk(full, `${prefix}${name}/`);
			} else if (name === 'index.html') pages.push(prefix);
		}
	};
	walk(buildDir, '/');
	return pages.sort();
}

/**
 * The check an added module is stored with: `moduleCheck` in
 * src/lib/content/module-check.ts, the CRC-32 of its JSON's UTF-16 code units
 * (`checkOf`, src/lib/codes/encoding.ts) in base 36. Written again here, since this script runs
 * without the TypeScript build; a page that refused the module fails the measurement.
 * @param {unknown} module
 */
function moduleCheck(module) {
	const text = JSON.stringify(module);
	let crc = 0xffffffff;
	for (let i = 0; i < text.length; i++) {
		crc ^= text.charCodeAt(i);
		for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ((crc ^ 0xffffffff) >>> 0).toString(36).padStart(7, '0');
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

/**
 * @param {string} origin
 * @param {string} path
 * @param {import('@playwright/test').Browser} browser
 * @param {(page: import('@playwright/test').Page) => Promise<unknown>} [prepare]
 * @param {(page: import('@playwright/test').Page) => Promise<string | null>} [verify] what is
 *   wrong with the page once loaded, if anything
 */
async function measure(origin, path, browser, prepare, verify) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await prepare?.(page);
	const totals = { js: 0, css: 0, html: 0, other: 0 };
	/** @type {string[]} */
	const problems = [];
	/** @type {Promise<unknown>[]} */
	const pending = [];
	page.on('response', (response) => {
		pending.push(
			(async () => {
				const url = response.url();
				if (url.startsWith('data:')) return;
				if (!url.startsWith(origin)) return problems.push(`loads from another origin: ${url}`);
				const type = response.request().resourceType();
				if (type === 'font' || /\.(woff2?|ttf|otf)$/.test(url))
					problems.push(`loads a font: ${url}`);
				const body = await response.body().catch(() => Buffer.alloc(0));
				const size = gzipSync(body).length;
				const kind =
					type === 'script'
						? 'js'
						: type === 'stylesheet'
							? 'css'
							: type === 'document'
								? 'html'
								: 'other';
				totals[kind] += size;
			})()
		);
	});
	page.on('request', (request) => {
		if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
			problems.push(`requests another origin: ${request.url()}`);
		}
	});
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	const wrong = await verify?.(page);
	if (wrong) problems.push(wrong);
	await context.close();
	if (totals.js > BUDGET.js)
		problems.push(`JavaScript ${kb(totals.js).trim()} is over ${kb(BUDGET.js).trim()}`);
	if (totals.css > BUDGET.css)
		problems.push(`CSS ${kb(totals.css).trim()} is over ${kb(BUDGET.css).trim()}`);
	return { path, totals, problems };
}

const dummies = writeDummyModules(dummyCount);
let failed = false;
try {
	execSync('npx vite build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	const server = await serveStatic(buildDir);
	const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
	const browser = await chromium.launch(chromiumLaunchOptions);
	console.log(
		`First visit, gzipped${dummyCount ? `, with ${dummyCount} dummy modules added` : ''}` +
			` (budget: JS ${kb(BUDGET.js).trim()}, CSS ${kb(BUDGET.css).trim()}, no fonts, no other origins)\n`
	);
	console.log(
		`${'page'.padEnd(52)}${'JS'.padStart(9)}${'CSS'.padStart(9)}${'HTML'.padStart(9)}${'other'.padStart(9)}`
	);
	for (const path of pagesToMeasure()) {
		const { totals, problems } = await measure(origin, path, browser);
		console.log(
			`${path.padEnd(52)}${kb(totals.js)}${kb(totals.css)}${kb(totals.html)}${kb(totals.other)}`
		);
		for (const problem of problems) console.log(`  ✗ ${problem}`);
		if (problems.length) failed = true;
	}
	// A section page in assignment mode works on the assignment in storage: measure it that way too.
	const work = {
		version: 1,
		assignment: {
			code: 'BUDGET',
			moduleId: 'signal-words',
			contentVersion: JSON.parse(readFileSync(join(modulesDir, 'signal-words.json'), 'utf8'))
				.version,
			sections: ['the-news'],
			sorting: 'two-way',
			mode: 'practice',
			passMark: null,
			title: 'Budget',
			instructions: '',
			due: null
		},
		studentName: 'Student',
		startedAt: new Date().toISOString(),
		answers: {},
		handedInAt: null
	};
	const assignmentPath = '/modules/signal-words/the-news/?assignment=BUDGET';
	const inAssignment = await measure(origin, assignmentPath, browser, (page) =>
		page.addInitScript(
			(w) => localStorage.setItem('claimwise:assignment:v1:BUDGET', JSON.stringify(w)),
			work
		)
	);
	console.log(
		`${'(assignment) ' + assignmentPath.padEnd(39)}${kb(inAssignment.totals.js)}${kb(inAssignment.totals.css)}${kb(inAssignment.totals.html)}${kb(inAssignment.totals.other)}`
	);
	for (const problem of inAssignment.problems) console.log(`  ✗ ${problem}`);
	if (inAssignment.problems.length) failed = true;
	// An added module's pages read it from storage and are empty shells without it: measure them
	// with a module stored as adding it stores it (with its check), as a student who added one
	// loads them (and the home page that lists it). A page that did not show the module fails.
	const addedModule = {
		...JSON.parse(readFileSync(join(modulesDir, 'signal-words.json'), 'utf8')),
		id: 'budget-added'
	};
	const added = {
		version: 1,
		modules: [
			{
				module: addedModule,
				addedAt: new Date().toISOString(),
				check: moduleCheck(addedModule)
			}
		]
	};
	for (const path of [
		'/',
		'/my/?module=budget-added',
		'/my/section/?module=budget-added&section=the-news',
		'/my/results/?module=budget-added',
		'/my/print/?module=budget-added'
	]) {
		const withAdded = await measure(
			origin,
			path,
			browser,
			(page) =>
				page.addInitScript(
					(a) => localStorage.setItem('claimwise:modules:v1', JSON.stringify(a)),
					added
				),
			async (page) =>
				(await page.getByText(addedModule.title).count()) &&
				!(await page
					.getByRole('status')
					.filter({ hasText: /could not|afresh/ })
					.count())
					? null
					: 'does not show the stored module'
		);
		const label = `(added) ${path}`;
		console.log(
			`${label.padEnd(52)}${kb(withAdded.totals.js)}${kb(withAdded.totals.css)}${kb(withAdded.totals.html)}${kb(withAdded.totals.other)}`
		);
		for (const problem of withAdded.problems) console.log(`  ✗ ${problem}`);
		if (withAdded.problems.length) failed = true;
	}
	await browser.close();
	server.close();
} finally {
	for (const file of dummies) rmSync(file, { force: true });
}
console.log(failed ? '\nOver budget.' : '\nEvery page is within budget.');
process.exit(failed ? 1 : 0);
