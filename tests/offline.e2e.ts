import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../scripts/static-server.js';
import { expect, quiz, test } from './fixtures';

test.describe('Offline', () => {
	test('the site can be installed: a manifest with icons of the sizes browsers ask for', async ({
		page
	}) => {
		await page.goto('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifest = await (await page.request.get(new URL(href!, page.url()).href)).json();
		expect(manifest.display).toBe('standalone');
		const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
		for (const icon of manifest.icons) {
			const response = await page.request.get(new URL(icon.src, new URL(href!, page.url())).href);
			expect(response.ok()).toBe(true);
		}
	});

	test('a student who loaded the site once can open any module and answer with no network', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await context.setOffline(true);

		await page.goto('/modules/azerbaijan-russia/demonization-of-russia/');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Demonization Of Russia' })
		).toBeVisible();
		await quiz(page).getByRole('button', { name: 'Stated fact' }).click();
		await expect(quiz(page).getByRole('heading', { name: /^(Right|Not quite):/ })).toBeFocused();

		await page.goto('/modules/azerbaijan-russia/');
		await expect(page.getByText(/^In progress: 1 of \d+ answered/)).toBeVisible();
		await page.goto('/modules/signal-words/print/key/');
		await expect(page.getByText('Answer key', { exact: true })).toBeVisible();
	});

	test('an update of the site is cached whole, and takes over once no tab runs the old one', async ({
		browser
	}) => {
		// A host of its own, so that a new release can be put on it halfway through.
		const host = mkdtempSync(join(tmpdir(), 'claimwise-host-'));
		cpSync(fileURLToPath(new URL('../build', import.meta.url)), host, { recursive: true });
		const server = await serveStatic(host);
		const { port } = server.address() as AddressInfo;
		const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
		const errors: string[] = [];
		context.on('weberror', (error) => errors.push(error.error().message));
		try {
			const page = await context.newPage();
			const cacheNames = (tab = page) => tab.evaluate(() => caches.keys());
			await page.goto('/modules/signal-words/');
			await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
			// A tab opened from now on runs the version the service worker keeps.
			await page.reload();
			expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
			const [current] = await cacheNames();
			const version = current.replace(/^claimwise-/, '');

			// The next release goes up: a new version, with a new title on the module page.
			const title = 'Signal words: fact, guess or opinion?';
			const rewrite = (file: string, from: string, to: string) =>
				writeFileSync(
					join(host, file),
					readFileSync(join(host, file), 'utf8').replaceAll(from, to)
				);
			rewrite('modules/signal-words/index.html', title, `${title} Next release`);
			rewrite('service-worker.js', version, `${version}-next`);
			await page.evaluate(() =>
				navigator.serviceWorker.getRegistration().then((registration) => registration!.update())
			);
			const waiting = () =>
				page.evaluate(() =>
					navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state ?? null)
				);
			await expect.poll(waiting).toBe('installed');
			// It is in the browser in full before anything uses it...
			const sizes = await page.evaluate(() =>
				caches
					.keys()
					.then((keys) =>
						Promise.all(keys.map((key) => caches.open(key).then((cache) => cache.keys())))
					)
					.then((lists) => lists.map((list) => list.length))
			);
			expect(sizes).toEqual([sizes[0], sizes[0]]);
			// ...while the open tab goes on with the version it runs, pages and code alike.
			await page.goto('/modules/signal-words/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			await page.goto('/modules/signal-words/the-news/');
			await quiz(page).getByRole('button', { name: 'Stated fact' }).click();
			expect(await cacheNames()).toContain(current);

			// Once no tab runs the old version, the next visit gets the new one and the old copy goes.
			await page.close();
			// A tab opened while the browser is still switching over may run the old version a little
			// longer: look from fresh tabs until the switch is done.
			await expect
				.poll(async () => {
					const tab = await context.newPage();
					await tab.goto('/');
					const names = await cacheNames(tab);
					await tab.close();
					return names;
				})
				.toEqual([`claimwise-${version}-next`]);
			const later = await context.newPage();
			await later.goto('/modules/signal-words/');
			await expect(later.getByRole('heading', { level: 1 })).toHaveText(`${title} Next release`);
			await context.setOffline(true);
			await later.goto('/modules/signal-words/the-news/');
			await expect(quiz(later).getByRole('button', { name: 'Next' })).toBeVisible();
			expect(errors).toEqual([]);
		} finally {
			await context.close();
			server.close();
			rmSync(host, { recursive: true, force: true });
		}
	});
});
