import { test, expect, expectNoAxeViolations, tabTo } from './fixtures';
import type { Page } from '@playwright/test';

// Long enough that the list of claims fills a phone's screen.
const TEXT = `# The new cycle lane

On 4 November the council voted 7 to 2 for a cycle lane. It is widely believed that the lane will cut traffic. Shopkeepers seem worried about parking. The old road was a disgrace. Officials said the work would start in spring. The lane will cost £1.2 million.

## What people say

Some residents said the lane was dangerous. There is no doubt that the road is busy. The mayor opened the first stretch on Monday. Critics claim the lane is a waste of money. Between 200 and 300 cyclists use the road each day. Photos by Ana Ruiz.`;

const claims = (page: Page) => page.getByRole('listbox', { name: 'Claims' });
const option = (page: Page, words: string) => claims(page).getByRole('option', { name: words });

async function pasteText(page: Page) {
	await page.goto('/author/');
	await page.getByLabel('Paste the text').fill(TEXT);
	await page.getByRole('button', { name: 'Make claims' }).click();
	await expect(claims(page)).toBeVisible();
}

test.describe('Labelling claims on a phone', () => {
	test('a tapped claim’s details come into view, and the help speaks of tapping', async ({
		browser
	}) => {
		const phone = await browser.newContext({
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true
		});
		try {
			const page = await phone.newPage();
			await pasteText(page);

			// No keys on a touch screen: the help says what to tap, and shows no key hints.
			await expect(page.getByText('Tap or click a claim to open it')).toBeVisible();
			await expect(page.getByText('With a keyboard:')).toBeHidden();

			await option(page, 'Some residents said').tap();
			const heading = page.getByRole('heading', { name: 'Claim 7: not labelled yet' });
			// The claim's heading, its sentence and its label choices, not the rest of the list.
			await expect(heading).toBeInViewport({ ratio: 1 });
			await expect(page.getByRole('group', { name: 'Label' })).toBeInViewport({ ratio: 1 });
			await expect(heading).toBeFocused();
			await expect(page.getByText('Suggested: Speculation', { exact: true })).toBeVisible();

			await page
				.getByRole('group', { name: 'Label' })
				.getByRole('radio', { name: 'Speculation' })
				.tap();
			await expect(page.getByRole('heading', { name: 'Claim 7: Speculation' })).toBeInViewport();
			await expectNoAxeViolations(page);

			// And back to the list, at the same claim, to choose the next one.
			await page.getByRole('button', { name: 'Back to the list of claims' }).tap();
			await expect(claims(page)).toBeFocused();
			await expect(option(page, 'Some residents said')).toBeInViewport();
			await expect(option(page, 'Some residents said')).toContainText('Speculation');
			await option(page, 'There is no doubt').tap();
			await expect(
				page.getByRole('heading', { name: 'Claim 8: not labelled yet' })
			).toBeInViewport();
		} finally {
			await phone.close();
		}
	});

	test('on a laptop, a clicked claim keeps the keyboard in the list, with the key hints shown', async ({
		page
	}) => {
		await pasteText(page);
		await expect(page.getByText('With a keyboard:')).toBeVisible();
		await option(page, 'Some residents said').click();
		await expect(claims(page)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('heading', { name: 'Claim 8: not labelled yet' })).toBeVisible();
		await page.keyboard.press('o');
		await expect(option(page, 'There is no doubt')).toContainText('Opinion');
		await expect(claims(page)).toBeFocused();
		await tabTo(page, page.getByRole('radio', { name: 'Stated fact' }));
	});
});
