import { ADDED_MODULES_KEY, progressKey } from '../src/lib/storage/keys';
import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	LABEL_NAMES,
	quiz,
	savedProgress,
	test,
	type PublishedModule
} from './fixtures';
import type { Page } from '@playwright/test';

/** The warm-up module, as a teacher's own module would be: another id and title. */
async function teachersModule(page: Page): Promise<PublishedModule> {
	const module = await fetchModule(page, 'signal-words');
	return { ...module, id: 'class-vote', title: 'Our class vote' };
}

/** Puts the module among the student's added modules, as adding it on /open/ does. */
async function addToStorage(page: Page, module: PublishedModule) {
	await page.goto('/');
	await page.evaluate(
		([key, module]) =>
			localStorage.setItem(
				key,
				JSON.stringify({ version: 1, modules: [{ module, addedAt: new Date().toISOString() }] })
			),
		[ADDED_MODULES_KEY, module] as const
	);
}

test.describe('An added module’s own pages', () => {
	test('work like a built-in module’s: sections, answers kept on reload, results, print', async ({
		page
	}) => {
		const module = await teachersModule(page);
		await addToStorage(page, module);

		await page.goto('/my/?module=class-vote');
		await expect(page.getByRole('heading', { level: 1, name: 'Our class vote' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: /^Start: / }).click();
		await expect(page).toHaveURL(/\/my\/section\/\?module=class-vote&section=/);

		const first = module.claims.find((c) => c.section === module.sections[0].id)!;
		await expect(quiz(page).locator('blockquote')).toHaveText(first.quote);
		await quiz(page).getByRole('button', { name: LABEL_NAMES[first.label], exact: true }).click();
		await expect(quiz(page).getByRole('heading', { name: /^Right: this is/ })).toBeVisible();
		await expectNoAxeViolations(page);
		expect((await savedProgress(page, 'class-vote')).answers[first.id].choice).toBe(first.label);

		// Mid-way through the section: the answer is kept, saved under the module's own id.
		await page.reload();
		await expect(quiz(page).getByText(/^Claim 1 of \d+\. Your answer: /)).toBeVisible();
		await expect(quiz(page).getByRole('heading', { name: /^Right: this is/ })).toBeVisible();
		expect(
			await page.evaluate((key) => localStorage.getItem(key), progressKey('signal-words'))
		).toBe(null);

		await page.goto('/my/results/?module=class-vote');
		await expect(
			page.getByRole('heading', { level: 1, name: 'Your results: Our class vote' })
		).toBeVisible();
		await expect(page.getByText('Overall: 1 of', { exact: false })).toBeVisible();
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: 'Back to the module' }).click();
		await page.getByRole('link', { name: 'Print a worksheet' }).click();
		await expect(page).toHaveURL(/\/my\/print\/\?module=class-vote$/);
		await expect(page.getByText('Worksheet', { exact: true })).toBeVisible();
		await expect(page.getByText(first.quote, { exact: false }).first()).toBeVisible();
		await page.getByRole('link', { name: 'Open the answer key' }).click();
		await expect(page).toHaveURL(/\/my\/print\/\?module=class-vote&sheet=key$/);
		await expect(page.getByText('Answer key', { exact: true })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('say calmly what to do for an unknown module or a mangled address', async ({ page }) => {
		const module = await teachersModule(page);
		await addToStorage(page, module);
		for (const [address, sentence] of [
			['/my/?module=not-here', /There is no module “not-here” in this browser/],
			['/my/section/', /This address does not say which module to open/],
			['/my/section/?module=class-vote&section=%3Cb%3E', /has no such section/],
			['/my/print/?module=class-vote&sheet=answers', /has no such printable sheet/]
		] as const) {
			await page.goto(address);
			await expect(page.getByRole('alert')).toHaveText(sentence);
			// The heading says whether the module or only this page of it is missing.
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				address.includes('class-vote')
					? 'This page of the module does not exist'
					: 'This module cannot be opened here'
			);
			await expect(page.getByRole('link', { name: 'Go to the list of modules' })).toBeVisible();
		}
		await expectNoAxeViolations(page);
	});

	test('keep a phone’s page its own width when the address names a long unknown module', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`/my/section/?module=${'x'.repeat(200)}&section=one`);
		await expect(page.getByRole('alert')).toHaveText(/There is no module “x{80}” in this browser/);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
	});
});
