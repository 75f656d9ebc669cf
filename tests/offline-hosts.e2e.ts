import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../scripts/static-server.js';
import { expect, quiz, test } from './fixtures';

// Files that Netlify and Cloudflare Pages read themselves and answer with 404.
const HOST_ONLY = ['/_headers', '/_redirects'];

/**
 * Opens a fresh browser on a host of its own that answers like Netlify: 404 for its own files,
 * a redirect for a folder without its trailing slash. Fails the test on any page error.
 */
async function onNetlifyLikeHost(
	browser: Browser,
	run: (page: Page, context: BrowserContext) => Promise<void>,
	expectedConsoleErrors: RegExp[] = []
) {
	const server = await serveStatic(fileURLToPath(new URL('../build', import.meta.url)), 0, {
		hostOnly: HOST_ONLY
	});
	const { port } = server.address() as AddressInfo;
	const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
	const errors: string[] = [];
	context.on('weberror', (error) => errors.push(error.error().message));
	context.on('console', (message) => {
		const text = `${message.text()} ${message.location().url}`;
		if (message.type() !== 'error' || expectedConsoleErrors.some((p) => p.test(text))) return;
		errors.push(text);
	});
	try {
		const page = await context.newPage();
		await page.goto('/');
		// The site is kept in the browser once its service worker is active.
		await expect
			.poll(
				() =>
					page.evaluate(() =>
						navigator.serviceWorker.getRegistration().then((r) => r?.active?.state ?? null)
					),
				{ timeout: 15_000 }
			)
			.toBe('activated');
		await context.setOffline(true);
		await run(page, context);
		expect(errors).toEqual([]);
	} finally {
		await context.close();
		server.close();
	}
}

test.describe('Offline on real hosts', () => {
	test('a host that answers 404 for its own files still gets the whole site kept offline', async ({
		browser
	}) => {
		await onNetlifyLikeHost(browser, async (page) => {
			await page.goto('/modules/azerbaijan-russia/demonization-of-russia/');
			await expect(
				page.getByRole('heading', { level: 1, name: 'Demonization Of Russia' })
			).toBeVisible();
			await quiz(page).getByRole('button', { name: 'Stated fact' }).click();
			await expect(quiz(page).getByRole('heading', { name: /^(Right|Not quite):/ })).toBeFocused();
			await page.goto('/teach/results/');
			await expect(page.getByRole('heading', { level: 1, name: 'Class results' })).toBeVisible();
		});
	});

	test('offline, an address without its trailing slash opens its page, query and link intact', async ({
		browser
	}) => {
		await onNetlifyLikeHost(browser, async (page) => {
			await page.goto('/teach');
			await expect(page).toHaveURL(/\/teach\/$/);
			await expect(
				page.getByRole('heading', { level: 1, name: 'Make an assignment' })
			).toBeVisible();

			await page.goto('/modules/signal-words');
			await expect(page).toHaveURL(/\/modules\/signal-words\/$/);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

			await page.goto('/modules/signal-words/the-news');
			await expect(page).toHaveURL(/\/modules\/signal-words\/the-news\/$/);
			await expect(quiz(page).getByRole('button', { name: 'Stated fact' })).toBeVisible();

			await page.goto('/modules/signal-words/index.html');
			await expect(page).toHaveURL(/\/modules\/signal-words\/$/);
			await expect(page.getByRole('link', { name: /^(Start|Continue):/ })).toBeVisible();

			// A teacher makes an assignment offline; a student's link that lost its slash still opens it.
			await page.goto('/teach/');
			await page.getByLabel('Title').fill('Offline check');
			await page.getByRole('button', { name: 'Create assignment' }).click();
			const link = await page.getByLabel('Link for students').inputValue();
			const code = /Assignment (\w{6}) is ready/.exec(
				await page.getByRole('heading', { name: /is ready$/ }).innerText()
			)![1];
			await page.goto(link.replace('/assignment/#', '/assignment#'));
			await expect(page).toHaveURL(link);
			await expect(page.getByRole('heading', { level: 1, name: 'Offline check' })).toBeVisible();
			await page.getByLabel('Your name, as your teacher asked for it').fill('Ada');
			await page.getByRole('button', { name: 'Start the assignment' }).click();

			await page.goto(`/modules/signal-words/the-news?assignment=${code}`);
			await expect(page).toHaveURL(
				new RegExp(`/modules/signal-words/the-news/\\?assignment=${code}$`)
			);
			await expect(quiz(page).getByRole('button', { name: 'Stated fact' })).toBeVisible();
		});
	});

	test('offline, an unknown address gets the site’s own “not found” page', async ({ browser }) => {
		await onNetlifyLikeHost(
			browser,
			async (page) => {
				const response = await page.goto('/modules/no-such-module/');
				expect(response?.status()).toBe(404);
				await expect(
					page.getByRole('heading', { level: 1, name: 'This page does not exist' })
				).toBeVisible();
				await page.getByRole('link', { name: 'Go to the list of modules' }).click();
				await expect(page.getByRole('link', { name: /signal words/i }).first()).toBeVisible();
			},
			[/status of 404 .*\/no-such-module\/(__data\.json\?.*)?$/]
		);
	});
});
