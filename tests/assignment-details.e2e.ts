import { workKey } from '../src/lib/storage/keys';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Makes an assignment of the warm-up on the teacher page and returns its link. */
async function makeLink(page: import('@playwright/test').Page) {
	await page.goto('/teach/');
	await page.getByLabel('Title').fill('Warm-up homework');
	await page.getByRole('button', { name: 'Create assignment' }).click();
	return page.getByLabel('Link for students').inputValue();
}

test.describe('Assignment details', () => {
	test('a due date that has already passed is pointed out, with its year', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-11-29T10:00:00Z'));
		await page.goto('/teach/');
		const due = page.getByLabel('Due date (optional)');
		await due.fill('2026-05-12');
		await expect(page.getByText(/12 May 2026, 23:59 .* has already passed/)).toBeVisible();
		await expectNoAxeViolations(page);
		await due.fill('2026-12-05');
		await expect(page.getByText(/has already passed/)).toHaveCount(0);
	});

	test('starting an assignment takes keyboard focus to the work', async ({ page }) => {
		const link = await makeLink(page);
		await page.goto(link);
		await page.getByLabel('Your name, as your teacher asked for it').fill('Kim');
		await page.keyboard.press('Enter');
		await expect(page.locator(':focus')).toContainText('Working as Kim');
	});

	test('work on an assignment that cannot be read says so when opened by its code', async ({
		page
	}) => {
		await page.goto('/');
		await page.evaluate((key) => localStorage.setItem(key, '{{{'), workKey('K7P2QX'));
		await page.goto('/assignment/?code=K7P2QX');
		await expect(page.getByRole('alert')).toContainText(
			'Your saved work on this assignment could not be read'
		);
		const kept = await page.evaluate(() =>
			Object.keys(localStorage).filter((key) => key.includes(':unreadable:'))
		);
		expect(kept).toHaveLength(1);
	});
});
