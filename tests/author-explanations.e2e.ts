import { test, expect, expectNoAxeViolations } from './fixtures';
import type { Page } from '@playwright/test';

// Sentences whose suggested explanations went wrong: reported speech with a job between
// commas, a reported fact with no quotation, a timetable, and a quotation with a hedge.
const TEXT = `# The new bridge

Dr. Anna Kovacs, the city engineer, said the work would start in June. The bridge will cost 4.2 million euros, according to the council's budget report. The council will publish the building plans on 1 June. "It might be closed for weeks," said Mayor Jan Novak.`;

const claims = (page: Page) => page.getByRole('listbox', { name: 'Claims' });
const option = (page: Page, words: string) => claims(page).getByRole('option', { name: words });
const details = (page: Page) => page.locator('#claim-details');
const offered = (page: Page) => details(page).locator('.offered-text');

async function pasteText(page: Page) {
	await page.goto('/author/');
	await page.getByLabel('Paste the text').fill(TEXT);
	await page.getByRole('button', { name: 'Make claims' }).click();
	await expect(claims(page)).toBeVisible();
}

/** Opens a claim and labels it a stated fact, as a teacher does with the mouse. */
async function labelFact(page: Page, words: string) {
	await option(page, words).click();
	await details(page).getByRole('radio', { name: 'Stated fact' }).check();
}

test.describe('Suggested explanations on /author/', () => {
	test('reported speech, a reported fact and a timetable are explained by what they are', async ({
		page
	}) => {
		await pasteText(page);

		await labelFact(page, 'Dr. Anna Kovacs');
		await expect(offered(page)).toHaveText(
			'“Dr. Anna Kovacs” and “said” report who said what, so you could check that it was said. “June” is a detail you could check too. “would” comes from the source, not from the writer: the writer only reports it.'
		);
		// "would" in reported speech is no condition
		await expect(details(page).getByText(/only so if something else is true/)).toHaveCount(0);

		await labelFact(page, 'The bridge will cost');
		await expect(offered(page)).toContainText('“4.2 million” is a detail you could check too.');
		await expect(offered(page)).not.toContainText('quotation');
		await expect(offered(page)).not.toContainText('hedge');

		await labelFact(page, 'The council will publish');
		await expect(
			details(page).getByText("'1 June' is a date in a timetable: when it is planned to happen")
		).toBeVisible();
		await expect(offered(page)).toContainText('you could check in a published schedule');
		// the reasons shown with the suggestion do not say the planned date happened
		await expect(
			details(page)
				.locator('details.suggested')
				.getByText(/happened/)
		).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('the suggested explanation and a selected quotation read as quoted once', async ({
		page
	}) => {
		await pasteText(page);
		await labelFact(page, 'It might be closed');
		const explanation = offered(page);
		await expect(explanation).toContainText('“said” and “Mayor Jan Novak” report who said what');
		// It starts with its first cue word's mark, not with two marks.
		expect(await explanation.textContent()).toMatch(/^\s*“said”/);
		await expect(details(page).getByText('Suggested explanation:', { exact: true })).toBeVisible();
		await expect(details(page).getByText(/““|””/)).toHaveCount(0);
		await details(page).getByRole('button', { name: 'Use the suggested explanation' }).click();
		await expect(details(page).getByLabel(/^Explanation/)).toHaveValue(/^“said” and/);
	});
});

test.describe('Cue words by keyboard', () => {
	test('the words are one Tab stop: arrows move, Space marks, and each word says if it is marked', async ({
		page
	}) => {
		await pasteText(page);
		await option(page, 'The council will publish').click();
		const toolbar = page.getByRole('toolbar', { name: /Cue words/ });
		const words = toolbar.getByRole('button');
		await expect(words).toHaveCount(10);
		// Only one word is in the Tab order: the first, as no word is marked yet.
		await expect(toolbar.locator('button:not([tabindex="-1"])')).toHaveCount(1);
		const first = toolbar.getByRole('button', { name: 'The', exact: true });
		await expect(first).toHaveAttribute('tabindex', '0');

		// Tab reaches the words once and leaves them with the next press.
		await page.getByRole('radio', { name: 'Stated fact' }).focus();
		let stops = 0;
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const inWords = await toolbar.evaluate((bar) => bar.contains(document.activeElement));
			if (inWords) stops += 1;
			else if (stops) break;
		}
		expect(stops).toBe(1);

		// Shift+Tab comes back to the word that has the stop.
		await page.keyboard.press('Shift+Tab');
		await expect(first).toBeFocused();
		await page.keyboard.press('End');
		const june = toolbar.getByRole('button', { name: 'June.', exact: true });
		await expect(june).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(june).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		const on = toolbar.getByRole('button', { name: 'on', exact: true });
		await expect(on).toBeFocused();
		await expect(on).toHaveAttribute('aria-pressed', 'false');
		await page.keyboard.press('Space');
		await expect(on).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('blockquote.claim-quote mark')).toHaveText(['on']);
		await expect(on).toBeFocused();
		await expect(on).toHaveAttribute('tabindex', '0');
		await expect(first).toHaveAttribute('tabindex', '-1');
		await page.keyboard.press('Enter');
		await expect(on).toHaveAttribute('aria-pressed', 'false');
		await page.keyboard.press('Home');
		await expect(first).toBeFocused();

		// A click still marks a word, and moves the Tab stop there.
		const plans = toolbar.getByRole('button', { name: 'plans', exact: true });
		await plans.click();
		await expect(plans).toHaveAttribute('aria-pressed', 'true');
		await expect(plans).toHaveAttribute('tabindex', '0');
		await expectNoAxeViolations(page);
	});
});

test.describe('Sharing on a phone', () => {
	test('the list of what is left asks for labels without naming keys', async ({ browser }) => {
		const phone = await browser.newContext({
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true
		});
		try {
			const page = await phone.newPage();
			await pasteText(page);
			const share = page.getByRole('region', { name: 'Share' });
			const left = share.getByRole('button', { name: /sentences are not labelled yet/ });
			await expect(left).toHaveText(
				'4 sentences are not labelled yet: open each one and label it a stated fact, speculation or opinion, or skip it as not a claim. The first is claim 1.'
			);
			await expect(left).not.toContainText('(F, S, O)');
		} finally {
			await phone.close();
		}
	});
});
