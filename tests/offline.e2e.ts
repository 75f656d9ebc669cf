import { expect, quiz, test } from './fixtures';

test.describe('Offline', () => {
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
