import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, missFirstClaim, test } from './fixtures';

type Browser = 'refuses' | 'grants' | 'already keeps' | 'has no API';

/** Makes the browser's Storage API answer as `browser` says, and counts the calls to persist(). */
async function storageThat(page: Page, browser: Browser) {
	await page.addInitScript((browser) => {
		const counted = window as unknown as { persistCalls: number };
		counted.persistCalls = 0;
		if (browser === 'has no API') {
			Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
			return;
		}
		navigator.storage.persisted = async () => browser === 'already keeps';
		navigator.storage.persist = async () => {
			counted.persistCalls++;
			return browser !== 'refuses';
		};
	}, browser);
}

const persistCalls = (page: Page) =>
	page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'may delete' });

/** Makes an assignment on the teacher's page; returns its link. */
async function createAssignment(page: Page, title: string) {
	await page.goto('/teach/');
	await page.getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Create assignment' }).click();
	return page.getByLabel('Link for students').inputValue();
}

test.describe('Keeping saved work', () => {
	test('a teacher whose browser will not keep the data is told, and led to Export everything', async ({
		page
	}) => {
		await storageThat(page, 'refuses');
		await page.goto('/teach/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByText(/may delete/)).toHaveCount(0);
		await page.getByRole('link', { name: 'the class results page' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Class results' })).toBeVisible();
		await expect(page.getByText(/may delete/)).toHaveCount(0);
		// Nothing was saved yet, so nothing was asked.
		expect(await persistCalls(page)).toBe(0);

		await createAssignment(page, 'Keep check');
		await expect(notice(page)).toHaveText(
			'This browser may delete your assignments and results after some weeks without a visit. Keep a copy with Export everything on the class results page.'
		);
		await expectNoAxeViolations(page);

		await notice(page).getByRole('link', { name: 'Export everything' }).click();
		await expect(page).toHaveURL(/\/teach\/results\/#move-title$/);
		await expect(notice(page)).toContainText('Keep a copy with Export everything below.');
		await expectNoAxeViolations(page);
		await notice(page).getByRole('link', { name: 'Export everything' }).click();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export everything' }).click();
		expect((await download).suggestedFilename()).toMatch(/^claimwise-collection-.*\.json$/);
	});

	test('a student whose browser will not keep the data is told, once there are answers', async ({
		page
	}) => {
		await storageThat(page, 'refuses');
		await page.goto('/modules/signal-words/');
		await expect(page.getByRole('button', { name: 'Download my progress' })).toBeVisible();
		await expect(page.getByText(/may delete/)).toHaveCount(0);

		await missFirstClaim(page);
		await page.goto('/modules/signal-words/');
		await expect(notice(page)).toHaveText(
			'This browser may delete your answers after some weeks without a visit. Keep a copy with Download my progress below.'
		);
		expect(await persistCalls(page)).toBe(1);
		await expectNoAxeViolations(page);
		await notice(page).getByRole('link', { name: 'Download my progress' }).click();
		await expect(page).toHaveURL(/#keep-heading$/);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download my progress' }).click();
		expect((await download).suggestedFilename()).toMatch(/^claimwise-progress-signal-words-/);
	});

	test('a student on an assignment is told to hand in, then to keep the result code or file', async ({
		page
	}) => {
		const link = await createAssignment(page, 'Keep my work');
		await storageThat(page, 'refuses');
		await page.goto(link);
		await expect(page.getByRole('heading', { level: 1, name: 'Keep my work' })).toBeVisible();
		await expect(page.getByText(/may delete/)).toHaveCount(0);

		await page.getByLabel('Your name, as your teacher asked for it').fill('Ada');
		await page.getByRole('button', { name: 'Start the assignment' }).click();
		await expect(notice(page)).toHaveText(
			'This browser may delete your work on this assignment after some weeks without a visit. Hand your work in before then.'
		);
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Hand in', exact: true }).click();
		await page.getByRole('button', { name: 'Hand in now' }).click();
		await expect(notice(page)).toHaveText(
			'This browser may delete your work on this assignment after some weeks without a visit. Keep your result code or file.'
		);
		await expectNoAxeViolations(page);
		await notice(page).getByRole('link', { name: 'your result code or file' }).click();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download result file' }).click();
		expect((await download).suggestedFilename()).toMatch(/^claimwise-.*-Ada\.json$/);
	});

	test('a browser that keeps the data shows no notice', async ({ page }) => {
		await storageThat(page, 'grants');
		await createAssignment(page, 'Kept');
		await expect(page.getByRole('heading', { name: /is ready$/ })).toBeVisible();
		await expect.poll(() => persistCalls(page)).toBe(1);
		await expect(page.getByText(/may delete/)).toHaveCount(0);
		await missFirstClaim(page);
		await page.goto('/modules/signal-words/');
		await expect.poll(() => persistCalls(page)).toBe(1);
		await expect(page.getByText(/may delete/)).toHaveCount(0);
	});

	test('a browser that already keeps the data is not asked again', async ({ page }) => {
		await storageThat(page, 'already keeps');
		await missFirstClaim(page);
		await page.goto('/modules/signal-words/');
		await expect(page.getByRole('button', { name: 'Download my progress' })).toBeVisible();
		await expect(page.getByText(/may delete/)).toHaveCount(0);
		expect(await persistCalls(page)).toBe(0);
	});

	test('a browser without the Storage API counts as one that may delete the data', async ({
		page
	}) => {
		await storageThat(page, 'has no API');
		await missFirstClaim(page);
		await page.goto('/modules/signal-words/');
		await expect(notice(page)).toContainText('This browser may delete your answers');
	});
});
