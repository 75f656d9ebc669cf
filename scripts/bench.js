// How fast a section page answers and paints, next to the floor: a one-file page of the same
// section with a hand-written inline quiz, measured in the same run on the same machine.
// A benchmark, not a test: npm run bench [-- --samples 15 --lighthouse-runs 3 --no-lighthouse]
//
// - Answer latency: click "Stated fact" on the first claim of a fresh page, CPU throttled 4×; the
//   Event Timing API's duration of that interaction (the longest of its events, as INP counts it:
//   https://web.dev/articles/inp, https://w3c.github.io/event-timing/), median over the samples.
//   Durations are rounded to 8 ms by the browser, and not reported under 16 ms.
// - LCP and TBT: Lighthouse mobile (4× CPU, slow 4G), median over runs, measured two ways.
//   Applied throttling (`--throttling-method=devtools`) loads the page on the slowed network and
//   CPU and times the paint a student would see: the goal is measured this way. Lighthouse's
//   default, simulated throttling, estimates the slow load from one fast, unthrottled load: a
//   script that finished loading before that load's first frame was shown counts as needed for the
//   text. On this machine the first frame often comes after the scripts (which the page does not
//   need to paint its text), and the estimate then doubles; it is printed for reference.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumLaunchOptions, chromiumPath } from './chromium.js';
import { serveStatic } from './static-server.js';

const option = (/** @type {string} */ name, /** @type {number} */ fallback) => {
	const at = process.argv.indexOf(`--${name}`);
	return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const SAMPLES = option('samples', 15);
const LIGHTHOUSE_RUNS = process.argv.includes('--no-lighthouse') ? 0 : option('lighthouse-runs', 3);
const MODULE = 'azerbaijan-russia';
const SECTION = 'demonization-of-russia';
const PATH = `/modules/${MODULE}/${SECTION}/`;

const root = new URL('..', import.meta.url).pathname;
const buildDir = join(root, 'build');

/** @param {number[]} values */
const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** @param {string} text */
const escapeHtml = (text) =>
	text.replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c
	);

/**
 * The floor: the same section's text and first claims in one HTML file, the site's own CSS inlined,
 * and a quiz written by hand in a few lines of inline script that builds the feedback directly.
 * Its feedback holds what Claimwise's holds (verdict, your answer, the claim in its paragraph
 * with the cue words, the cue words, why, how to check it, what checking shows and its sources),
 * so that the ratio measures the cost of the code, not of showing less.
 */
function writeFloorPage() {
	/** @type {{ title: string, sections: { id: string, title: string, text: string }[], claims: { section: string, quote: string, label: string, cues: string[], explanation: string, check?: string, finding?: { text: string, sources: { outlet: string, title: string, date: string }[] } }[] }} */
	const module = JSON.parse(readFileSync(join(buildDir, 'modules', `${MODULE}.json`), 'utf8'));
	const section = module.sections.find((s) => s.id === SECTION);
	if (!section) throw new Error(`No section ${SECTION} in ${MODULE}`);
	const claims = module.claims.filter((c) => c.section === SECTION && c.label !== 'opinion');
	const page = readFileSync(join(buildDir, PATH.slice(1), 'index.html'), 'utf8');
	const css = [...page.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"/g)]
		.map(([, href]) => readFileSync(join(buildDir, PATH.slice(1), href), 'utf8'))
		.join('\n');
	const paragraphs = section.text
		.split(/\n\s*\n/)
		.map((p) => `<p>${escapeHtml(p.trim())}</p>`)
		.join('\n');
	const data = JSON.stringify(
		claims.map(({ quote, label, cues, explanation, check, finding }) => ({
			quote,
			label,
			cues,
			explanation,
			check,
			finding,
			paragraph: section.text.split(/\n\s*\n/).find((p) => p.includes(quote)) ?? ''
		}))
	).replace(/</g, '\\u003c');
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title>
<style>${css}</style></head><body><main id="main">
<article class="reading"><h1>${escapeHtml(section.title)}</h1>${paragraphs}</article>
<section class="quiz" aria-labelledby="q"><h2 id="q">Sort the claims</h2><div id="quiz"></div></section>
</main><script>
const claims = ${data}; const names = { fact: 'Stated fact', speculation: 'Speculation' };
const box = document.getElementById('quiz'); let at = 0;
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; };
function ask() {
  const c = claims[at]; box.replaceChildren(el('h3', 'Claim ' + (at + 1) + ' of ' + claims.length));
  const q = el('blockquote'); q.append(el('p', c.quote)); box.append(q);
  const choices = el('div', '', 'choices');
  for (const label of ['fact', 'speculation']) { const b = el('button', names[label], 'button choice'); b.type = 'button'; b.onclick = () => answer(label); choices.append(b); }
  box.append(choices);
}
function answer(choice) {
  const c = claims[at]; const right = choice === c.label; const panel = el('div', '', 'feedback ' + (right ? 'right' : 'wrong'));
  panel.append(el('h3', (right ? 'Right: this is ' : 'Not quite: this is ') + names[c.label] + '.', 'verdict'));
  panel.append(el('p', 'Claim ' + (at + 1) + ' of ' + claims.length + '. Your answer: ' + names[choice] + '.', 'your-answer'), el('p', 'Where it sits in the text:', 'label'));
  const ctx = el('p', '', 'in-context'); const i = c.paragraph.indexOf(c.quote);
  ctx.append(c.paragraph.slice(0, i), el('mark', c.quote, 'claim'), c.paragraph.slice(i + c.quote.length));
  const cues = el('p', '', 'cues'); cues.append(el('span', 'Cue words:', 'label'), ' ');
  c.cues.forEach((cue, n) => cues.append(el('mark', cue, 'cue'), n < c.cues.length - 1 ? ', ' : ''));
  panel.append(ctx, cues, el('p', c.explanation, 'explanation'));
  if (c.check) { const p = el('p', '', 'check'); p.append(el('span', 'How you could check it:', 'label'), ' ' + c.check); panel.append(p); }
  if (c.finding) {
    const box = el('div', '', 'finding'); const what = el('p'); what.append(el('span', 'What checking shows:', 'label'), ' ' + c.finding.text);
    box.append(what, el('p', 'Sources: ' + c.finding.sources.map((s) => s.outlet + ', “' + s.title + '” (' + s.date + ')').join('; ') + '.', 'sources'));
    panel.append(box);
  }
  const next = el('button', 'Next', 'button primary'); next.type = 'button'; next.onclick = () => { at++; ask(); };
  panel.append(next); box.replaceChildren(panel); panel.firstChild.tabIndex = -1; panel.firstChild.focus();
}
ask();
</script></body></html>`;
	const dir = mkdtempSync(join(tmpdir(), 'claimwise-floor-'));
	mkdirSync(join(dir, 'floor'));
	writeFileSync(join(dir, 'floor', 'index.html'), html);
	writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
	return { dir, bytes: Buffer.byteLength(html) };
}

/**
 * One answer on a fresh page: the Event Timing duration of the click on "Stated fact" (ms).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function answerLatency(browser, url) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(url, { waitUntil: 'networkidle' });
	const button = page.getByRole('button', { name: 'Stated fact', exact: true });
	await button.waitFor();
	await button.scrollIntoViewIfNeeded();
	const box = await button.boundingBox();
	if (!box) throw new Error(`No "Stated fact" button on ${url}`);
	const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
	await page.evaluate(() => {
		/** @type {number[]} */
		const durations = [];
		const done = new Promise((resolve) => {
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) {
					const { interactionId } = /** @type {PerformanceEventTiming} */ (entry);
					if (interactionId) durations.push(entry.duration);
					if (interactionId && entry.name === 'click') resolve(durations);
				}
				// durationThreshold is not in TypeScript's DOM types yet.
			}).observe(
				/** @type {PerformanceObserverInit} */ ({
					type: 'event',
					durationThreshold: 16,
					buffered: true
				})
			);
		});
		Object.assign(window, { benchDone: done });
	});
	// The pointer reaches the button before it presses, as a hand does: its arrival is not part of
	// the answer. Then a plain mouse click: a locator's click would add Playwright's own listeners to
	// every event of the interaction, and so would polling the page for the feedback while it paints.
	await page.mouse.move(x, y);
	await page.waitForTimeout(100);
	await page.mouse.click(x, y);
	// Entries arrive after the next paint; an interaction under 16 ms leaves none.
	const durations = /** @type {number[]} */ (
		await page.evaluate(() =>
			Promise.race([
				/** @type {any} */ (window).benchDone,
				new Promise((resolve) => setTimeout(() => resolve([16]), 2000))
			])
		)
	);
	// Only now, with the answer measured: the click must have shown the feedback.
	await page.getByRole('heading', { name: /^(Right|Not quite):/ }).waitFor();
	await context.close();
	return Math.max(...durations);
}

/**
 * Lighthouse's mobile LCP and TBT (ms) of a page, median over runs, and every run's LCP.
 * @param {string} url
 * @param {'devtools' | 'simulate'} throttling applied, or Lighthouse's default estimate
 */
async function lighthouse(url, throttling) {
	const chrome = chromiumPath();
	if (!chrome) throw new Error('Lighthouse needs Chromium: set CHROMIUM_PATH or install chromium.');
	const out = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
	const lcp = [];
	const tbt = [];
	for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
		const file = join(out, `${run}.json`);
		await promisify(execFile)(
			'npx',
			[
				'-y',
				'lighthouse@12.8.2',
				url,
				`--chrome-flags=--headless ${chromiumArgs.join(' ')}`,
				`--throttling-method=${throttling}`,
				'--only-categories=performance',
				'--output=json',
				`--output-path=${file}`,
				'--quiet'
			],
			{ env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 }
		);
		const { audits } = JSON.parse(readFileSync(file, 'utf8'));
		lcp.push(audits['largest-contentful-paint'].numericValue);
		tbt.push(audits['total-blocking-time'].numericValue);
	}
	return { lcp: median(lcp), tbt: median(tbt), lcps: lcp.map(Math.round) };
}

execFileSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const floor = writeFloorPage();
const site = await serveStatic(buildDir, 4176);
const floorServer = await serveStatic(floor.dir, 4177);
const pages = {
	claimwise: `http://127.0.0.1:4176${PATH}`,
	floor: 'http://127.0.0.1:4177/floor/'
};
const browser = await chromium.launch(chromiumLaunchOptions);
try {
	/** @type {Record<string, number[]>} */
	const latencies = { claimwise: [], floor: [] };
	// Alternate the two pages so that anything else the machine does touches both alike.
	for (let i = 0; i < SAMPLES; i++) {
		for (const [name, url] of Object.entries(pages)) {
			latencies[name].push(await answerLatency(browser, url));
		}
	}
	const speed = {
		claimwise: { latency: median(latencies.claimwise) },
		floor: { latency: median(latencies.floor) }
	};
	/** @type {Record<string, Record<string, { lcp: number, tbt: number, lcps: number[] }>>} */
	const paint = { devtools: {}, simulate: {} };
	for (const throttling of LIGHTHOUSE_RUNS ? /** @type {const} */ (['devtools', 'simulate']) : []) {
		for (const [name, url] of Object.entries(pages)) {
			paint[throttling][name] = await lighthouse(url, throttling);
		}
	}
	const ms = (/** @type {number | undefined} */ value) =>
		(value === undefined ? '–' : `${Math.round(value)} ms`).padStart(10);
	const ratio = (/** @type {number | undefined} */ a, /** @type {number | undefined} */ b) =>
		(a === undefined || !b ? '–' : `${(a / b).toFixed(2)}×`).padStart(8);
	const { claimwise: app, floor: base } = speed;
	console.log(`${PATH}, ${SAMPLES} answers each, CPU 4× slower; floor page ${floor.bytes} bytes`);
	console.log(`${''.padEnd(34)}${'Claimwise'.padStart(10)}${'floor'.padStart(10)}   ratio  goal`);
	console.log(
		`${'answer latency (median)'.padEnd(34)}${ms(app.latency)}${ms(base.latency)}${ratio(app.latency, base.latency)}  ≤ 60 ms, ≤ 1.5× floor`
	);
	console.log(`${'  all answers (ms)'.padEnd(34)}${latencies.claimwise.join(' ')}`);
	console.log(`${'  floor (ms)'.padEnd(34)}${latencies.floor.join(' ')}`);
	for (const [throttling, title, goal] of [
		['devtools', 'applied throttling', '≤ 1.2× floor'],
		['simulate', 'simulated (estimate)', '(for reference)']
	]) {
		const [mine, floors] = [paint[throttling].claimwise, paint[throttling].floor];
		console.log(
			`${`Lighthouse LCP, ${title}`.padEnd(34)}${ms(mine?.lcp)}${ms(floors?.lcp)}${ratio(mine?.lcp, floors?.lcp)}  ${goal}`
		);
		console.log(`${`Lighthouse TBT, ${title}`.padEnd(34)}${ms(mine?.tbt)}${ms(floors?.tbt)}`);
		if (LIGHTHOUSE_RUNS > 1) {
			console.log(`${'  all LCP (ms)'.padEnd(34)}${mine?.lcps.join(' ')}`);
			console.log(`${'  floor (ms)'.padEnd(34)}${floors?.lcps.join(' ')}`);
		}
	}
} finally {
	await browser.close();
	site.close();
	floorServer.close();
}
