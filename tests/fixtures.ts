import { checkOf } from '../src/lib/codes/encoding';
import { progressKey } from '../src/lib/storage/keys';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

/**
 * Every test fails on an uncaught error, a console error or a request that leaves the site:
 * the site must work on its own, with nothing sent elsewhere.
 */
export const test = base.extend<{ siteGuard: void; expectedConsoleErrors: RegExp[] }>({
	expectedConsoleErrors: [[], { option: true }],
	siteGuard: [
		async ({ page, context, baseURL, expectedConsoleErrors }, use) => {
			const problems: string[] = [];
			// Every tab of the test is watched, not only the first.
			const watch = (tab: Page) => {
				tab.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
				tab.on('console', (message) => {
					const text = message.text();
					if (message.type() !== 'error') return;
					if (expectedConsoleErrors.some((pattern) => pattern.test(text))) return;
					problems.push(`console error: ${text}`);
				});
				tab.on('request', (request) => {
					const url = request.url();
					if (!url.startsWith(baseURL!) && !url.startsWith('data:')) {
						problems.push(`request left the site: ${url}`);
					}
				});
			};
			watch(page);
			context.on('page', watch);
			await use();
			expect(problems).toEqual([]);
		},
		{ auto: true }
	]
});

type Label = 'fact' | 'speculation' | 'opinion';
export interface PublishedModule {
	id: string;
	version: number;
	title: string;
	sections: { id: string; title: string; text: string }[];
	claims: {
		id: string;
		section: string;
		quote: string;
		label: Label;
		cues: string[];
		explanation: string;
	}[];
}

/** The module as the site publishes it, to know the right answers the way a teacher would. */
export async function fetchModule(page: Page, id: string): Promise<PublishedModule> {
	const response = await page.request.get(`/modules/${id}.json`);
	expect(response.ok()).toBe(true);
	return response.json();
}

export const LABEL_NAMES: Record<Label, string> = {
	fact: 'Stated fact',
	speculation: 'Speculation',
	opinion: 'Opinion'
};

/** Presses Tab until the element has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40) {
	for (let i = 0; i < maxPresses; i++) {
		if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
			return;
		}
		await page.keyboard.press('Tab');
	}
	throw new Error(`Could not reach ${target} with the Tab key`);
}

/** The quiz's region on a section page. */
export function quiz(page: Page) {
	return page.getByRole('region', { name: 'Sort the claims' });
}

/** The label of the claim now asked, looked up by its quote. */
export async function labelOfCurrentClaim(page: Page, module: PublishedModule): Promise<Label> {
	const quote = (await quiz(page).locator('blockquote').innerText()).trim();
	const claim = module.claims.find((c) => c.quote === quote);
	if (!claim) throw new Error(`No claim with the quote "${quote}"`);
	return claim.label;
}

/** A wrong answer among the choices on offer. */
export function wrongChoice(label: Label): Label {
	return label === 'fact' ? 'speculation' : 'fact';
}

/**
 * Reads the saved progress of a module from the page's localStorage, as it stands once the page
 * has saved what it showed last: a section page saves an answer after the browser paints it (a
 * frame, then a task), so this waits a frame and a task first.
 */
export async function savedProgress(page: Page, moduleId: string) {
	return page.evaluate(
		(key) =>
			new Promise<ReturnType<typeof JSON.parse>>((resolve) =>
				requestAnimationFrame(() =>
					setTimeout(() => resolve(JSON.parse(localStorage.getItem(key) ?? 'null')))
				)
			),
		progressKey(moduleId)
	);
}

/** Opens the warm-up's first section and gets its first claim wrong; returns the right label. */
export async function missFirstClaim(page: Page) {
	const module = await fetchModule(page, 'signal-words');
	await page.goto('/modules/signal-words/the-news/');
	const label = await labelOfCurrentClaim(page, module);
	await quiz(page)
		.getByRole('button', { name: LABEL_NAMES[wrongChoice(label)] })
		.click();
	await quiz(page).getByRole('button', { name: 'Next' }).click();
	return { module, label };
}

/** Fails with each rule and element axe finds against WCAG 2.2 AA and its best practices. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
}

/**
 * The part of a module link after "#", made as the README describes the format (`M1.`, the
 * module's JSON compressed with deflate-raw in base64url, then the CRC-32 check in base 36).
 */
export async function moduleLinkOf(module: unknown): Promise<string> {
	const packed = await new Response(
		new Blob([JSON.stringify(module)]).stream().pipeThrough(new CompressionStream('deflate-raw'))
	).arrayBuffer();
	const body = `M1.${Buffer.from(packed).toString('base64url')}`;
	return `${body}.${checkOf(body)}`;
}
