import type { Page } from '@playwright/test';
import { checkOf } from '../src/lib/codes/encoding';
import { assignmentFields } from '../src/lib/codes/assignment-link';
import { ADDED_MODULES_KEY } from '../src/lib/storage/keys';
import { expect, expectNoAxeViolations, fetchModule, test } from './fixtures';

// A student who handed in on a module they added can always see and copy the result code they
// handed in, even once that module is gone from the browser.

/** An assignment link that carries a teacher's own module (the warm-up under another id). */
async function carryingLink(page: Page) {
	const module = { ...(await fetchModule(page, 'signal-words')), id: 'class-vote' };
	const bytes = await new Response(
		new Blob([JSON.stringify({ ...module, title: 'Our class vote' })])
			.stream()
			.pipeThrough(new CompressionStream('deflate-raw'))
	).arrayBuffer();
	const fields = assignmentFields({
		code: 'K7P2QX',
		moduleId: module.id,
		contentVersion: module.version,
		sections: [module.sections[0].id],
		sorting: 'two-way',
		mode: 'test',
		passMark: null,
		title: 'Week 5',
		instructions: '',
		due: null
	});
	const body = `A3.${fields}.${Buffer.from(bytes).toString('base64url')}`;
	return `/assignment/#${body}.${checkOf(body)}`;
}

/** Adds the module, answers the first claim on the assignment page and hands in. */
async function handIn(page: Page) {
	await page.goto(await carryingLink(page));
	await page.getByRole('button', { name: 'Add to my modules' }).click();
	await page.getByLabel('Your name, as your teacher asked for it').fill('Ana Lima');
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	await page.getByRole('radio', { name: 'Stated fact' }).first().check();
	await page.getByRole('button', { name: 'Hand in', exact: true }).click();
	await page.getByRole('button', { name: 'Hand in now' }).click();
	await expect(page.getByRole('heading', { name: 'Handed in' })).toBeVisible();
	return page.getByLabel('Your result code').inputValue();
}

const note =
	'The module of this assignment is no longer in this browser (it was removed, or its saved copy could not be read), so your answers cannot be shown here.';

test.describe('Work handed in on a module that is gone', () => {
	for (const [gone, change] of [
		['removed', (key: string) => localStorage.removeItem(key)],
		['damaged', (key: string) => localStorage.setItem(key, '{"version":1,"modules":[{"mod')]
	] as const) {
		test(`shows the result code handed in when the module was ${gone}`, async ({ page }) => {
			const code = await handIn(page);
			expect(code).toMatch(/^R1\./);
			await page.evaluate(change, ADDED_MODULES_KEY);
			await page.goto('/assignment/?code=K7P2QX');
			await expect(page.getByRole('heading', { level: 1, name: 'Week 5' })).toBeVisible();
			await expect(page.getByText(note)).toBeVisible();
			await expect(page.getByLabel('Your result code')).toHaveValue(code);
			await expect(page.getByText('this site does not have')).toHaveCount(0);
			await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.getByRole('button', { name: 'Copy code' }).click();
			await expect(page.getByText('Copied. Paste it where your teacher asked.')).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
			await expectNoAxeViolations(page);
		});
	}
});
