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
		await expect(quiz(page).getByRole('button', { name: 'Next' })).toBeFocused();

		await page.goto('/modules/azerbaijan-russia/');
		await expect(page.getByText(/^In progress: 1 of \d+ answered/)).toBeVisible();
		await page.goto('/modules/signal-words/print/key/');
		await expect(page.getByText('Answer key', { exact: true })).toBeVisible();
	});
});
