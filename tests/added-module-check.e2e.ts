import { moduleCheck } from '../src/lib/content/module-check';
import { ADDED_MODULES_KEY } from '../src/lib/storage/keys';
import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	quiz,
	test,
	type PublishedModule
} from './fixtures';
import type { Page } from '@playwright/test';

// An added module is validated once, when it is added, and stored with a check of its JSON
// (`moduleCheck`); its pages check only that, so a copy damaged or edited in storage is refused.

/** The warm-up module, as a teacher's own module would be: another id and title. */
async function teachersModule(page: Page): Promise<PublishedModule> {
	const module = await fetchModule(page, 'signal-words');
	return { ...module, id: 'class-vote', title: 'Our class vote' };
}

/** The stored record, as this release stores it (`check`) or as an earlier one did (none). */
function record(module: PublishedModule, withCheck: boolean) {
	const check = withCheck ? { check: moduleCheck(module) } : {};
	return JSON.stringify({
		version: 1,
		modules: [{ module, addedAt: '2026-11-25T10:00:00.000Z', ...check }]
	});
}

async function store(page: Page, text: string) {
	await page.goto('/');
	await page.evaluate(([key, text]) => localStorage.setItem(key, text), [ADDED_MODULES_KEY, text]);
}

const storedText = (page: Page) =>
	page.evaluate((key) => localStorage.getItem(key), ADDED_MODULES_KEY);

test.describe('An added module kept in the browser', () => {
	test('opens from its checked copy, which stays as it was', async ({ page }) => {
		const module = await teachersModule(page);
		const text = record(module, true);
		await store(page, text);

		const first = module.claims.find((claim) => claim.section === module.sections[0].id)!;
		await page.goto(`/my/section/?module=class-vote&section=${module.sections[0].id}`);
		await expect(quiz(page).locator('blockquote')).toHaveText(first.quote);
		await expect(page.getByRole('status').filter({ hasText: /could not be read/ })).toHaveCount(0);
		expect(await storedText(page)).toBe(text);
	});

	test('edited or damaged in storage, is not shown: a calm notice says so', async ({ page }) => {
		const module = await teachersModule(page);
		const claim = module.claims[0];
		// Still a valid module, so only the check can tell that it is not the one that was added.
		const edited = record(module, true).replace(
			JSON.stringify(claim.explanation),
			JSON.stringify('Trust whatever this page says.')
		);
		expect(edited).not.toBe(record(module, true));
		await store(page, edited);

		for (const address of [
			'/my/?module=class-vote',
			`/my/section/?module=class-vote&section=${claim.section}`
		]) {
			await page.goto(address);
			await expect(page.getByRole('status')).toHaveText(
				'Some modules you added could not be read and were left out; the original is kept.'
			);
			// One story: the module could not be read, not that it may have been removed.
			await expect(page.getByRole('alert')).toHaveText(
				'The module “class-vote” is not among the modules this browser could read. Open the link or file your teacher shared again to add it.'
			);
			await expect(page.getByText('Our class vote')).toHaveCount(0);
			await expect(page.getByText('Trust whatever this page says.')).toHaveCount(0);
		}
		await expectNoAxeViolations(page);

		await page.goto('/');
		await expect(page.getByRole('status').first()).toHaveText(
			'Some modules you added could not be read and were left out; the original is kept.'
		);
		await expect(page.getByRole('heading', { name: 'Modules you added' })).toHaveCount(0);
		// The damaged copy is kept aside, as for damaged progress.
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys.some((key) => key.startsWith(`${ADDED_MODULES_KEY}:unreadable:`))).toBe(true);
	});

	test('added by an earlier release, without a check, still opens and is stored with one', async ({
		page
	}) => {
		const module = await teachersModule(page);
		await store(page, record(module, false));

		await page.goto('/my/?module=class-vote');
		await expect(page.getByRole('heading', { level: 1, name: 'Our class vote' })).toBeVisible();
		expect(await storedText(page)).toBe(record(module, true));

		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Our class vote' })).toBeVisible();
	});
});
