import { COLLECTION_KEY } from '../src/lib/storage/keys';
import { encodeAssignment } from '../src/lib/codes/assignment-link';
import { encodeResult } from '../src/lib/codes/result-code';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, fetchModule, test } from './fixtures';

/** Saves a teacher's collection with one assignment of the warm-up and these students' results. */
async function saveCollection(page: Page, names: string[]) {
	const module = await fetchModule(page, 'signal-words');
	const asked = module.claims.filter((claim) => claim.label !== 'opinion').length;
	const assignment = {
		code: 'K7P2QX',
		moduleId: 'signal-words',
		contentVersion: module.version,
		sections: module.sections.map((section) => section.id),
		sorting: 'two-way' as const,
		mode: 'practice' as const,
		passMark: 60,
		title: 'Homework on signal words',
		instructions: '',
		due: null
	};
	const results = names.map((studentName, i) => ({
		code: encodeResult({
			assignmentCode: 'K7P2QX',
			moduleId: 'signal-words',
			contentVersion: module.version,
			studentName,
			startedAt: 1_800_000_000 + i,
			handedInAt: 1_800_000_700,
			answers: Array(asked).fill('fact'),
			answeredAfter: Array(asked).fill(5)
		}),
		receivedAt: '2026-11-29T10:00:00.000Z'
	}));
	const collection = {
		version: 1,
		assignments: [
			{ link: encodeAssignment(assignment), createdAt: '2026-11-29T09:00:00.000Z', results }
		]
	};
	await page.addInitScript(
		([key, saved]) => localStorage.setItem(key, saved),
		[COLLECTION_KEY, JSON.stringify(collection)]
	);
}

test.describe('The class table', () => {
	test('fits a phone: the table scrolls in its own box, never the whole page', async ({ page }) => {
		await saveCollection(page, ['Anastasia Papadopoulou', 'Ben', '00731']);
		for (const width of [320, 390]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/teach/results/');
			await expect(page.getByRole('table', { name: /Class table/ })).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			// The box that scrolls is named, reached with Tab and scrolled with the arrow keys.
			const box = page.getByRole('region', { name: /^Class table/ });
			// It says there is more to see, and stops saying so at the last column.
			const hint = page.getByText('More columns to the right: scroll sideways.');
			await expect(hint).toBeVisible();
			await box.focus();
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
			await box.hover();
			await page.mouse.wheel(5000, 0);
			await expect(hint).toBeHidden();
			await page.mouse.wheel(-5000, 0);
		}
		await expectNoAxeViolations(page);
	});

	test('fits a laptop whole: every column in view, Remove included, with no scrolling', async ({
		page
	}) => {
		await saveCollection(page, ['Anastasia Papadopoulou', 'Ben']);
		for (const width of [1024, 1366]) {
			await page.setViewportSize({ width, height: 768 });
			await page.goto('/teach/results/');
			const table = page.getByRole('table', { name: /Class table/ });
			await expect(table).toBeVisible();
			const box = await table.evaluate((element) => {
				const scroller = element.parentElement!;
				return { table: element.scrollWidth, room: scroller.clientWidth };
			});
			expect(box.table, 'the table fits its box').toBeLessThanOrEqual(box.room);
			await expect(page.getByText('More columns to the right: scroll sideways.')).toBeHidden();
			const remove = await page.getByRole('button', { name: 'Remove Ben' }).boundingBox();
			expect(remove!.x + remove!.width, 'Remove is within the window').toBeLessThanOrEqual(width);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
		}
	});

	test('counts one student as one student', async ({ page }) => {
		await saveCollection(page, ['Ben']);
		await page.goto('/teach/results/');
		await expect(page.getByRole('table', { name: 'Class table: 1 student' })).toBeVisible();
	});
});
