import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, tabTo, test } from './fixtures';

const MODULE = 'Signal words: fact, guess or opinion?';

/** Makes an assignment on /teach the way a teacher does; returns its link. */
async function makeAssignment(page: Page, title: string) {
	await page.goto('/teach/');
	await page.getByRole('radio', { name: MODULE }).check();
	await page.getByRole('radio', { name: /^Test:/ }).check();
	await page.getByLabel('Pass mark in percent (optional)').fill('60');
	await page.getByLabel('Title').fill(title);
	await page.getByLabel('Instructions for students (optional)').fill('Read it twice.');
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByRole('heading', { name: /^Assignment \w{6} is ready$/ })).toBeFocused();
	return page.getByLabel('Link for students').inputValue();
}

const yourAssignments = (page: Page) => page.getByRole('region', { name: 'Your assignments' });
const item = (page: Page, title: string) =>
	yourAssignments(page)
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test.describe('Your assignments', () => {
	test('are all still there after a reload, newest first, and each link copies', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const first = await makeAssignment(page, 'Monday homework');
		const second = await makeAssignment(page, 'Tuesday homework');
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Your assignments' })).toBeVisible();
		await expect(yourAssignments(page).getByRole('heading', { level: 3 })).toHaveText([
			'Tuesday homework',
			'Monday homework'
		]);
		for (const [title, link] of [
			['Monday homework', first],
			['Tuesday homework', second]
		]) {
			await item(page, title).getByRole('button', { name: 'Copy link' }).click();
			await expect(item(page, title).getByRole('status')).toHaveText('Link copied.');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
		}
		await expectNoAxeViolations(page);
	});

	test('select the link to copy by hand when the browser refuses the clipboard', async ({
		page
	}) => {
		const link = await makeAssignment(page, 'Blocked clipboard');
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied'));
		});
		await page.reload();
		await item(page, 'Blocked clipboard').getByRole('button', { name: 'Copy link' }).click();
		await expect(item(page, 'Blocked clipboard').getByRole('status')).toContainText(
			'Copying was blocked'
		);
		const field = page.getByRole('textbox', { name: 'Assignment link of Blocked clipboard' });
		await expect(field).toHaveValue(link);
		await expect(field).toBeFocused();
		expect(
			await field.evaluate((input: HTMLInputElement) => [
				input.readOnly,
				input.selectionStart,
				input.selectionEnd === input.value.length
			])
		).toEqual([true, 0, true]);
		await expectNoAxeViolations(page);
	});

	test('preview as a student opens the same assignment in preview; See results opens its results', async ({
		page
	}) => {
		const link = await makeAssignment(page, 'Preview me');
		const code = (await page.getByRole('heading', { name: /is ready$/ }).textContent())!.match(
			/Assignment (\w{6})/
		)![1];
		await page.reload();
		const preview = item(page, 'Preview me').getByRole('link', { name: /^Preview as a student/ });
		const hash = new URL(link).hash;
		await expect(preview).toHaveAttribute('href', `/assignment/?preview=1${hash}`);
		await expect(
			item(page, 'Preview me').getByRole('link', { name: /^See results/ })
		).toHaveAttribute('href', `/teach/results/?assignment=${code}`);
		await item(page, 'Preview me')
			.getByRole('link', { name: /^See results/ })
			.click();
		await expect(page.getByRole('heading', { name: `Preview me (${code})` })).toBeVisible();
	});

	test('duplicate and edit fills the form with a copy, and makes a new assignment from it', async ({
		page
	}) => {
		await makeAssignment(page, 'Original');
		await page.reload();
		await item(page, 'Original').getByRole('button', { name: 'Duplicate and edit' }).click();
		await expect(page.getByLabel('Title')).toHaveValue('Original (copy)');
		await expect(page.getByLabel('Title')).toBeFocused();
		await expect(page.getByRole('radio', { name: /^Test:/ })).toBeChecked();
		await expect(page.getByLabel('Pass mark in percent (optional)')).toHaveValue('60');
		await expect(page.getByLabel('Instructions for students (optional)')).toHaveValue(
			'Read it twice.'
		);
		await expect(page.getByRole('status').filter({ hasText: 'copy of “Original”' })).toBeVisible();
		await page.getByRole('button', { name: 'Create assignment' }).click();
		await expect(page.getByRole('heading', { name: /^Assignment \w{6} is ready$/ })).toBeFocused();
		await page.reload();
		await expect(yourAssignments(page).getByRole('heading', { level: 3 })).toHaveText([
			'Original (copy)',
			'Original'
		]);
	});

	test('duplicate and edit from the results page opens the form filled in', async ({ page }) => {
		await makeAssignment(page, 'From results');
		await page.goto('/teach/results/');
		await page.getByRole('link', { name: /^Duplicate and edit/ }).click();
		await expect(page).toHaveURL(/\/teach\/\?duplicate=\w{6}$/);
		await expect(page.getByLabel('Title')).toHaveValue('From results (copy)');
	});
});

test.describe('The QR code full screen', () => {
	for (const size of [
		{ width: 390, height: 844 },
		{ width: 1366, height: 768 }
	]) {
		test(`opens and closes with the keyboard and fills the screen (${size.width}×${size.height})`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			const link = await makeAssignment(page, 'Projector');
			await page.reload();
			const show = item(page, 'Projector').getByRole('button', { name: /^Show QR code/ });
			await tabTo(page, show, 80);
			await page.keyboard.press('Enter');
			const dialog = page.getByRole('dialog', { name: 'Projector' });
			await expect(dialog).toBeVisible();
			const qr = dialog.getByRole('img', { name: 'QR code of the link to Projector' });
			await expect(qr).toBeVisible();
			await expect(dialog).toContainText(link.slice(0, 40));
			const box = (await qr.boundingBox())!;
			// As large as the screen allows, with the title, the link and Close beneath, unscrolled.
			expect(box.width).toBeGreaterThan(Math.min(size.width, size.height - 220) * 0.8);
			expect(box.y + box.height).toBeLessThanOrEqual(size.height);
			await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport();
			await expectNoAxeViolations(page);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await expect(show).toBeFocused();

			await page.keyboard.press('Enter');
			await expect(dialog).toBeVisible();
			await dialog.getByRole('button', { name: 'Close' }).press('Enter');
			await expect(dialog).toBeHidden();
			await expect(show).toBeFocused();
		});
	}

	test('is there for the assignment just made, and the preview opens the same assignment', async ({
		page
	}) => {
		const link = await makeAssignment(page, 'Just made');
		const ready = page.getByRole('region', { name: /is ready$/ });
		await expect(ready.getByRole('link', { name: /^Preview as a student/ })).toHaveAttribute(
			'href',
			`/assignment/?preview=1${new URL(link).hash}`
		);
		await ready.getByRole('button', { name: /^Show QR code/ }).click();
		await expect(
			page.getByRole('dialog', { name: 'Just made' }).getByRole('img', { name: /^QR code of/ })
		).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(ready.getByRole('button', { name: /^Show QR code/ })).toBeFocused();
	});

	test('is there on the results page too, for the chosen assignment', async ({ page }) => {
		await makeAssignment(page, 'On the results page');
		await page.goto('/teach/results/');
		await page.getByRole('button', { name: /^Show QR code/ }).click();
		await expect(
			page
				.getByRole('dialog', { name: 'On the results page' })
				.getByRole('img', { name: /^QR code of the link/ })
		).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
