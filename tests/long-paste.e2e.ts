import type { Locator, Page } from '@playwright/test';
import { encodeAssignment } from '../src/lib/codes/assignment-link';
import { COLLECTION_KEY } from '../src/lib/storage/keys';
import { expect, expectNoAxeViolations, fetchModule, test } from './fixtures';

// Three megabytes copied by mistake: far longer than any module link or a class's result codes.
const HUGE = `M1.${'A'.repeat(3_000_000)}`;

/** Pastes text into a field as the browser announces it, before the text is put in. */
async function paste(field: Locator, text: string) {
	await field.evaluate((element, pasted) => {
		const clipboardData = new DataTransfer();
		clipboardData.setData('text/plain', pasted);
		element.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData, cancelable: true, bubbles: true })
		);
	}, text);
}

/** The scripts the page asks for from now on: the work a paste sets going. */
function scriptsLoaded(page: Page) {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') urls.push(request.url());
	});
	return urls;
}

test.describe('A paste far too long', () => {
	test('is refused on /open/ at once, without reading it', async ({ page }) => {
		await page.goto('/open/');
		const field = page.getByLabel('The module’s link, pasted');
		await expect(field).toBeEnabled();
		const loaded = scriptsLoaded(page);
		await paste(field, HUGE);
		await expect(page.getByRole('alert')).toHaveText(
			'This link is longer than a module link can be (65,536 characters), so it was not opened: ask for the module’s file instead.'
		);
		await expect(field).toHaveValue('');
		// The link's reader never loaded: nothing was done with the text.
		expect(loaded).toEqual([]);
		await expectNoAxeViolations(page);
	});

	test('is refused on /open/ when pasted with the keyboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/open/');
		const field = page.getByLabel('The module’s link, pasted');
		await expect(field).toBeEnabled();
		await page.evaluate((text) => navigator.clipboard.writeText(text), HUGE);
		const loaded = scriptsLoaded(page);
		await field.press('ControlOrMeta+V');
		await expect(page.getByRole('alert')).toContainText('longer than a module link can be');
		await expect(field).toHaveValue('');
		expect(loaded).toEqual([]);
	});

	test('put in /open/’s field another way is taken out again, with the same sentence', async ({
		page
	}) => {
		await page.goto('/open/');
		const field = page.getByLabel('The module’s link, pasted');
		await expect(field).toBeEnabled();
		const loaded = scriptsLoaded(page);
		await field.fill(HUGE);
		await expect(page.getByRole('alert')).toContainText('longer than a module link can be');
		await expect(field).toHaveValue('');
		expect(loaded).toEqual([]);
	});

	test('is refused on /teach/results/ at once, and the box keeps what it had', async ({ page }) => {
		const module = await fetchModule(page, 'signal-words');
		const link = encodeAssignment({
			code: 'K7P2QX',
			moduleId: 'signal-words',
			contentVersion: module.version,
			sections: module.sections.map((section) => section.id),
			sorting: 'two-way',
			mode: 'practice',
			passMark: null,
			title: 'Homework on signal words',
			instructions: '',
			due: null
		});
		const collection = {
			version: 1,
			assignments: [{ link, createdAt: '2026-11-29T09:00:00.000Z', results: [] }]
		};
		await page.addInitScript(
			([key, saved]) => localStorage.setItem(key, saved),
			[COLLECTION_KEY, JSON.stringify(collection)]
		);
		await page.goto('/teach/results/');
		const box = page.getByLabel('Paste result codes, one or many at once');
		await box.fill('R1.half-typed');
		await paste(box, HUGE);
		await expect(page.getByRole('status').filter({ hasText: 'Not pasted' })).toHaveText(
			'Not pasted: that is more than 100,000 characters, far more than a class’s result codes. Paste them in parts, or choose the result files.'
		);
		await expect(box).toHaveValue('R1.half-typed');
		await expectNoAxeViolations(page);
	});
});
