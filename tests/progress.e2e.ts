import { progressKey } from '../src/lib/storage/keys';
import {
	expect,
	fetchModule,
	LABEL_NAMES,
	labelOfCurrentClaim,
	quiz,
	savedProgress,
	test
} from './fixtures';

const section = '/modules/signal-words/the-news/';
const key = progressKey('signal-words');

test.describe('Progress', () => {
	test('keeps everything through reloads in a question, in feedback and in the summary', async ({
		page
	}) => {
		const module = await fetchModule(page, 'signal-words');
		const asked = module.claims.filter((c) => c.section === 'the-news' && c.label !== 'opinion');
		const region = quiz(page);
		await page.goto(section);

		for (const [i] of asked.entries()) {
			// In the middle of a question
			await page.reload();
			await expect(
				region.getByRole('heading', { name: `Claim ${i + 1} of ${asked.length}` })
			).toBeVisible();
			const label = await labelOfCurrentClaim(page, module);
			await region.getByRole('button', { name: LABEL_NAMES[label], exact: true }).click();
			// In the middle of feedback
			await page.reload();
			await expect(region.getByRole('heading', { name: /^Right: this is/ })).toBeVisible();
			await expect(
				region.getByText(`Claim ${i + 1} of ${asked.length}. Your answer:`)
			).toBeVisible();
			await region.getByRole('button', { name: 'Next' }).click();
		}
		// In the section summary
		await page.reload();
		const score = `Section score: ${asked.length} of ${asked.length} (100%)`;
		await expect(region.getByRole('heading', { name: score })).toBeVisible();
		const saved = await savedProgress(page, 'signal-words');
		expect(Object.keys(saved.answers).sort()).toEqual(asked.map((c) => c.id).sort());
	});

	test('saves the sorting choice with the progress', async ({ page }) => {
		await page.goto('/modules/signal-words/');
		await page.getByLabel('Three groups: stated fact, speculation or opinion').check();
		await page.reload();
		await expect(
			page.getByLabel('Three groups: stated fact, speculation or opinion')
		).toBeChecked();
	});

	test('starts afresh from corrupt progress, says so, and keeps the damaged copy', async ({
		page
	}) => {
		await page.goto('/');
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"answers":'), key);
		await page.goto(section);
		await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
		await quiz(page).getByRole('button', { name: 'Stated fact' }).click();
		await expect(quiz(page).getByRole('button', { name: 'Next' })).toBeVisible();

		const stored = await page.evaluate(() => ({ ...localStorage }));
		const rescued = Object.keys(stored).filter((k) => k.startsWith(`${key}:unreadable:`));
		expect(rescued).toHaveLength(1);
		expect(stored[rescued[0]]).toBe('{"version":1,"answers":');
		expect(Object.keys(JSON.parse(stored[key]).answers)).toHaveLength(1);
	});

	test('keeps the readable answers of partly damaged progress', async ({ page }) => {
		await page.goto('/');
		await page.evaluate((key) => {
			const answer = { choice: 'fact', answeredAt: '2026-11-20T09:00:00.000Z', reviewed: true };
			const answers = { 'council-vote': answer, 'lane-plans': { choice: 'perhaps' } };
			const saved = { version: 1, moduleId: 'signal-words', contentVersion: 1, answers };
			localStorage.setItem(key, JSON.stringify(saved));
		}, key);
		await page.goto('/modules/signal-words/');
		await expect(page.getByRole('status').filter({ hasText: 'Some saved answers' })).toBeVisible();
		await expect(page.getByText(/In progress: 1 of \d+ answered/)).toBeVisible();
	});

	test('works without saving when the browser refuses storage', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				}
			});
		});
		await page.goto(section);
		await expect(
			page.getByRole('status').filter({ hasText: 'not letting Claimwise save' })
		).toBeVisible();
		await quiz(page).getByRole('button', { name: 'Speculation' }).click();
		await expect(quiz(page).getByRole('button', { name: 'Next' })).toBeVisible();
	});

	test('says so when storage is full and keeps the answer on screen', async ({ page }) => {
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			};
		});
		await page.goto(section);
		await quiz(page).getByRole('button', { name: 'Stated fact' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'storage is full' })).toBeVisible();
		await expect(quiz(page).getByText('Your answer: Stated fact.')).toBeVisible();
	});

	test('never writes over progress saved by a newer release', async ({ page }) => {
		const newer = JSON.stringify({ version: 7, moduleId: 'signal-words', future: true });
		await page.goto('/');
		await page.evaluate(([key, newer]) => localStorage.setItem(key, newer), [key, newer]);
		await page.goto(section);
		await expect(page.getByRole('status').filter({ hasText: 'newer version' })).toBeVisible();
		await quiz(page).getByRole('button', { name: 'Stated fact' }).click();
		expect(await page.evaluate((key) => localStorage.getItem(key), key)).toBe(newer);
	});

	test('saves everything again when the browser clears storage while the page is open', async ({
		page
	}) => {
		await page.goto(section);
		await quiz(page).getByRole('button', { name: 'Stated fact' }).click();
		await quiz(page).getByRole('button', { name: 'Next' }).click();
		await page.evaluate(() => localStorage.clear());
		await quiz(page).getByRole('button', { name: 'Speculation' }).click();
		const saved = await savedProgress(page, 'signal-words');
		expect(Object.keys(saved.answers)).toHaveLength(2);
	});

	test('keeps an answer when the tab is closed straight after it', async ({ page, context }) => {
		await page.goto(section);
		await quiz(page).getByRole('button', { name: 'Speculation' }).click();
		// Every answer is written before the click returns: there is nothing left to flush.
		await page.close({ runBeforeUnload: true });
		const reopened = await context.newPage();
		await reopened.goto(section);
		await expect(reopened.getByText(/^Claim 1 of \d+\. Your answer: Speculation\.$/)).toBeVisible();
	});

	test('a reload in the middle of answering leaves the saved progress whole', async ({ page }) => {
		await page.goto(section);
		await quiz(page).getByRole('button', { name: 'Stated fact' }).click();
		await quiz(page).getByRole('button', { name: 'Next' }).click();
		// Answer and reload at once, without waiting for the page to show the answer.
		await Promise.all([
			quiz(page).getByRole('button', { name: 'Speculation' }).click({ noWaitAfter: true }),
			page.reload()
		]);
		const region = quiz(page);
		// Either the answer made it or the claim is asked again; the first answer is there either way.
		await expect(
			region
				.getByRole('heading', { name: /^Claim 2 of/ })
				.or(region.getByText(/^Claim 2 of \d+\. Your answer/))
		).toBeVisible();
		const saved = await savedProgress(page, 'signal-words');
		expect(saved.answers['council-vote'].choice).toBe('fact');
		await expect(page.getByText(/could not be read/)).toHaveCount(0);
	});

	test('keeps answers to claims that still exist when the content changes', async ({ page }) => {
		await page.goto('/');
		await page.evaluate((key) => {
			const answer = { choice: 'fact', answeredAt: '2026-11-20T09:00:00.000Z', reviewed: true };
			const answers = { 'council-vote': answer, 'a-claim-since-removed': answer };
			const saved = { version: 1, moduleId: 'signal-words', contentVersion: 0, answers };
			localStorage.setItem(key, JSON.stringify(saved));
		}, key);
		await page.goto('/modules/signal-words/');
		await expect(page.getByText(/In progress: 1 of \d+ answered/)).toBeVisible();
		await page.goto(section);
		await expect(quiz(page).getByRole('heading', { name: /^Claim 2 of/ })).toBeVisible();
	});
});

test.describe('Progress files', () => {
	test('download the progress, and restore it in another browser without losing anything', async ({
		page,
		browser
	}) => {
		await page.goto('/modules/signal-words/the-news/');
		await quiz(page).getByRole('button', { name: 'Stated fact' }).click();
		await page.goto('/modules/signal-words/');
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download my progress' }).click();
		const file = (await (await downloading).path())!;

		const other = await browser.newPage();
		await other.goto('/modules/signal-words/');
		await other.getByLabel('Restore from a file').setInputFiles({
			name: 'essay.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"title":"essay"}')
		});
		await expect(
			other.getByText('This file is not saved Claimwise progress for this module.')
		).toBeVisible();
		await other.getByLabel('Restore from a file').setInputFiles(file);
		await expect(other.getByText(/^Restored: 1 answer from the file/)).toBeVisible();
		await expect(other.getByText(/^In progress: 1 of \d+ answered/)).toBeVisible();
		await other.close();
	});
});
