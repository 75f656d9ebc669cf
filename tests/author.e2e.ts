import { readFile } from 'node:fs/promises';
import { test, expect, expectNoAxeViolations, tabTo } from './fixtures';
import type { Page } from '@playwright/test';
import { decodeModuleLink } from '../src/lib/codes/module-link';
import { validateModule } from '../src/lib/content/validate-module';
import { DRAFTS_KEY } from '../src/lib/storage/keys';

const TEXT = `# Town votes for a cycle lane

On 4 November the council voted 7 to 2 for a cycle lane. It is widely believed that the lane will cut traffic.

## What people say

Shopkeepers seem worried about parking. The old road was a disgrace. The lane opened on Monday, and it will probably be busy. Photos by Ana Ruiz.`;

const claims = (page: Page) => page.getByRole('listbox', { name: 'Claims' });
const option = (page: Page, words: string) => claims(page).getByRole('option', { name: words });

/** Selects words of the claim shown, as a teacher does with the mouse. */
async function selectInQuote(page: Page, words: string) {
	await page.locator('blockquote.claim-quote').evaluate((quote, words) => {
		const text = quote.textContent ?? '';
		const from = text.indexOf(words);
		const to = from + words.length;
		const walker = document.createTreeWalker(quote, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		let at = 0;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const length = node.textContent!.length;
			if (from >= at && from <= at + length) range.setStart(node, from - at);
			if (to >= at && to <= at + length) range.setEnd(node, to - at);
			at += length;
		}
		const selection = document.getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
	}, words);
}

async function pasteText(page: Page) {
	await page.goto('/author/');
	await page.getByLabel('Paste the text').fill(TEXT);
	await page.getByRole('button', { name: 'Make claims' }).click();
	await expect(claims(page)).toBeVisible();
	// The text box is gone: focus goes to the sections made of it.
	await expect(page.getByRole('heading', { name: 'Sections', level: 2 })).toBeFocused();
}

test.describe('Making a module', () => {
	test('a teacher labels a pasted text by keyboard, finishes it and shares it', async ({
		page,
		context
	}) => {
		// A whole teacher's session, with axe run in five states.
		test.setTimeout(150_000);
		await page.goto('/author/');
		await expect(page.getByRole('heading', { name: 'Make a module', level: 1 })).toBeVisible();
		await expect(page.getByText('Only share texts you have the right to share')).toBeVisible();
		await expectNoAxeViolations(page);

		await pasteText(page);
		await expect(page.getByLabel('Title of section 1')).toHaveValue('Town votes for a cycle lane');
		await expect(page.getByLabel('Title of section 2')).toHaveValue('What people say');
		await page.getByLabel('Title of section 2').fill('Reactions');

		// Suggestions are shown with their reasons, but nothing is labelled by itself.
		const second = option(page, 'It is widely believed');
		await expect(second).toContainText('Not labelled yet');
		await expect(second).toContainText(
			"Suggested: Speculation ('widely believed' is an unnamed consensus"
		);

		// Keyboard alone: into the list, then F / S / O / X, which move on by themselves.
		await tabTo(page, claims(page));
		await expect(claims(page)).toHaveAttribute('aria-keyshortcuts', /F S O X/);
		for (const key of ['f', 's', 's', 'o', 'f', 'x']) await page.keyboard.press(key);
		await expect(option(page, 'On 4 November')).toContainText('Stated fact');
		await expect(option(page, 'It is widely believed')).toContainText('Speculation');
		await expect(option(page, 'The old road')).toContainText('Opinion');
		await expect(option(page, 'Photos by Ana Ruiz')).toContainText('Not a claim (skipped)');
		await expect(
			page.getByRole('status').filter({ hasText: 'Claim 6: Not a claim' })
		).toBeVisible();

		// Arrows move back; a shortcut typed into a text field labels nothing.
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
		await expect(option(page, 'Shopkeepers seem worried')).toHaveAttribute('aria-selected', 'true');
		await page.getByLabel('Title of section 2').press('End');
		await page.getByLabel('Title of section 2').pressSequentially(' fso');
		await expect(page.getByLabel('Title of section 2')).toHaveValue('Reactions fso');
		await expect(option(page, 'Photos by Ana Ruiz')).toContainText('Not a claim (skipped)');
		await page.getByLabel('Title of section 2').fill('Reactions');
		await expectNoAxeViolations(page);

		// A cue of two words: "seem" out, then in again next to "worried".
		const quote = page.locator('blockquote.claim-quote');
		await expect(quote).toContainText('Shopkeepers seem worried about parking.');
		const words = page.getByRole('group', { name: /Cue words/ });
		await words.getByRole('button', { name: 'seem', exact: true }).click();
		await expect(quote.locator('mark')).toHaveText(['worried']);
		await words.getByRole('button', { name: 'seem', exact: true }).click();
		await expect(quote.locator('mark')).toHaveText(['seem worried']);
		await expect(words.getByRole('button', { name: 'worried' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);

		// Part fact, part speculation: the second half becomes a claim of its own.
		await option(page, 'The lane opened on Monday').click();
		await selectInQuote(page, 'and it will probably be busy.');
		await page
			.getByRole('button', { name: 'Make the selected words a claim of their own' })
			.click();
		await expect(option(page, 'The lane opened on Monday,')).toContainText('Stated fact');
		const newClaim = option(page, 'and it will probably be busy.');
		await expect(newClaim).toContainText('Not labelled yet');
		await newClaim.click();
		await page.keyboard.press('s');
		await expect(newClaim).toContainText('Speculation');

		// What is missing leads to it.
		const share = page.getByRole('region', { name: 'Share' });
		await expect(share.getByText('Before you can share this module:')).toBeVisible();
		await share.getByRole('button', { name: 'Give the module a title.' }).click();
		await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
		// A claim's problem leads to the field it names, on that claim.
		const missing = share.getByRole('button', { name: /write an explanation/ }).first();
		const number = /^Claim (\d+):/.exec((await missing.textContent()) ?? '')![1];
		await missing.click();
		await expect(page.getByLabel(/^Explanation/)).toBeFocused();
		await expect(
			page.getByRole('heading', { name: new RegExp(`^Claim ${number}:`) })
		).toBeVisible();
		await expectNoAxeViolations(page);

		// Explanations from the templates, and how to check each fact.
		for (const words of [
			'On 4 November',
			'It is widely believed',
			'Shopkeepers seem worried',
			'The old road',
			'The lane opened on Monday,',
			'and it will probably be busy.'
		]) {
			await option(page, words).click();
			await page.getByRole('button', { name: 'Use the suggested explanation' }).click();
			const check = page.getByLabel('How you could check it');
			if (await check.isVisible()) await check.fill('Ask the council for the minutes.');
		}
		await expect(page.getByLabel(/^Explanation/)).toHaveValue(
			/^“probably” shows the writer is not sure/
		);

		await page.getByLabel('Title', { exact: true }).fill('The cycle lane vote');
		await page.getByLabel('Summary: what students learn from it').fill('Facts and guesses.');
		await page.getByLabel('Where it was published (outlet)').fill('Millbrook News');
		await page.getByLabel('Author (optional)').fill('Ana Ruiz');
		await page.getByLabel(/When it was published/).fill('4 November 2026');
		await page.getByLabel('Attribution: who wrote or owns the text').fill('Ana Ruiz');
		await page.getByLabel(/Licence or terms/).fill('CC BY 4.0');
		await page.getByLabel(/I have the right to share this text/).check();
		await expect(
			share.getByText(/Ready to share: 6 claims in 2 sections, version 1/)
		).toBeVisible();
		await expectNoAxeViolations(page);

		// A reload keeps the draft, labels and all.
		await page.reload();
		await expect(option(page, 'The old road')).toContainText('Opinion');
		await expect(page.getByLabel('Title', { exact: true })).toHaveValue('The cycle lane vote');
		await expect(share.getByText(/Ready to share/)).toBeVisible();

		const downloading = page.waitForEvent('download');
		await share.getByRole('button', { name: 'Download the module file' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toMatch(/^the-cycle-lane-vote-[a-z0-9]{5}-v1\.json$/);
		const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
		const checked = validateModule(file);
		expect(checked.ok).toBe(true);
		expect(file.sections.map((s: { title: string }) => s.title)).toEqual([
			'Town votes for a cycle lane',
			'Reactions'
		]);
		const worried = file.claims.find((c: { quote: string }) => c.quote.startsWith('Shopkeepers'));
		expect(worried.cues).toEqual(['seem worried']);
		expect(file.claims.map((c: { quote: string }) => c.quote)).not.toContain('Photos by Ana Ruiz.');

		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await share.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'The link is copied' })).toBeVisible();
		const link: string = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toMatch(/\/open\/#M1\./);
		await expect(
			share.getByText(`The link is ${link.length.toLocaleString('en')} characters long.`)
		).toBeVisible();
		await expect(share.getByRole('img', { name: 'QR code of the link to the module' })).toHaveCount(
			link.length < 850 ? 1 : 0
		);
		const decoded = await decodeModuleLink(link);
		expect(decoded.problem).toBeUndefined();
		expect(decoded.module).toEqual(file);
		await expectNoAxeViolations(page);

		// Changed after sharing: the same module goes out as version 2.
		await page.getByLabel('Summary: what students learn from it').fill('Facts, guesses, opinions.');
		await expect(share.getByText(/version 2 \(changed since you last shared it/)).toBeVisible();
		const again = page.waitForEvent('download');
		await share.getByRole('button', { name: 'Download the module file' }).click();
		expect((await again).suggestedFilename()).toBe(
			download.suggestedFilename().replace('-v1.json', '-v2.json')
		);
	});

	test('on a touch screen, a claim is labelled by tapping its label', async ({ browser }) => {
		const phone = await browser.newContext({
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true
		});
		try {
			const page = await phone.newPage();
			await pasteText(page);
			await option(page, 'Shopkeepers seem worried').tap();
			const labels = page.getByRole('group', { name: 'Label' });
			await labels.getByRole('radio', { name: 'Speculation' }).tap();
			await expect(option(page, 'Shopkeepers seem worried')).toContainText('Speculation');
			await expect(page.getByRole('heading', { name: 'Claim 3: Speculation' })).toBeVisible();
			await labels.getByRole('radio', { name: 'Not a claim (skipped)' }).tap();
			await expect(option(page, 'Shopkeepers seem worried')).toContainText('Not a claim');
			await expectNoAxeViolations(page);
		} finally {
			await phone.close();
		}
	});

	test('opens a .txt file, and takes a suggested label with Enter', async ({ page }) => {
		await page.goto('/author/');
		await page.getByLabel('Open a .txt or .md file').setInputFiles({
			name: 'article.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from(`\uFEFF${TEXT}\n`)
		});
		await expect(page.getByLabel('Paste the text')).toHaveValue(TEXT);
		await page.getByRole('button', { name: 'Make claims' }).click();
		await tabTo(page, claims(page));
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(option(page, 'It is widely believed')).toContainText(
			/Speculation\.\s*Suggested: Speculation/
		);
		await expect(option(page, 'On 4 November')).toContainText('Not labelled yet');
	});

	test('keeps two tabs in step', async ({ page, context }) => {
		await pasteText(page);
		const other = await context.newPage();
		await other.goto('/author/');
		await expect(option(other, 'On 4 November')).toContainText('Not labelled yet');
		await tabTo(page, claims(page));
		await page.keyboard.press('f');
		await expect(option(other, 'On 4 November')).toContainText('Stated fact');
		await other.getByLabel('Title', { exact: true }).fill('Made in the other tab');
		await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Made in the other tab');
		await expect(option(page, 'On 4 November')).toContainText('Stated fact');
	});

	test('says so when storage is full, and keeps the draft on screen', async ({ page }) => {
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			};
		});
		await pasteText(page);
		await expect(page.getByRole('status').filter({ hasText: 'storage is full' })).toBeVisible();
		await tabTo(page, claims(page));
		await page.keyboard.press('f');
		await expect(option(page, 'On 4 November')).toContainText('Stated fact');
		await expectNoAxeViolations(page);
	});

	test('says so when the browser does not let it save, and still works', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('Storage is off', 'SecurityError');
				}
			});
		});
		await pasteText(page);
		await expect(
			page.getByRole('status').filter({ hasText: 'not letting Claimwise save' })
		).toBeVisible();
		await tabTo(page, claims(page));
		await page.keyboard.press('o');
		await expect(option(page, 'On 4 November')).toContainText('Opinion');
	});

	test('keeps several drafts, and opens the last one changed after a reload', async ({ page }) => {
		await pasteText(page);
		await page.getByLabel('Title', { exact: true }).fill('First draft');
		await page.getByRole('button', { name: 'Start another module' }).click();
		await page.getByLabel('Paste the text').fill('A second text. It may rain.');
		await page.getByRole('button', { name: 'Make claims' }).click();
		await expect(option(page, 'It may rain.')).toBeVisible();
		await page.reload();
		await expect(option(page, 'It may rain.')).toBeVisible();
		await page.getByRole('button', { name: 'Start another module' }).click();
		await expect(page.getByRole('button', { name: 'Open First draft' })).toBeVisible();
		const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), DRAFTS_KEY);
		expect(saved.drafts).toHaveLength(2);
		await page.getByRole('button', { name: 'Open First draft' }).click();
		await expect(page.getByLabel('Title', { exact: true })).toHaveValue('First draft');
	});
});
