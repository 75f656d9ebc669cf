import { progressKey } from '../src/lib/storage/keys';
import { expect, test } from './fixtures';

const key = progressKey('signal-words');

test.describe('Damaged self-study progress', () => {
	test('is named on every page that shows the progress, in whatever order they are opened', async ({
		page
	}) => {
		await page.goto('/');
		await page.evaluate((key) => localStorage.setItem(key, 'not progress at all'), key);
		for (const path of [
			'/modules/signal-words/',
			'/modules/signal-words/the-news/',
			'/modules/signal-words/results/',
			'/modules/signal-words/'
		]) {
			await page.goto(path);
			await expect(
				page.getByRole('status').filter({ hasText: 'Your saved progress could not be read' }),
				path
			).toBeVisible();
		}
		// One copy of the damaged data is kept, however many pages read it.
		const kept = await page.evaluate(
			(key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)).length,
			key
		);
		expect(kept).toBe(1);
	});
});
