import type { Locator, Page } from '@playwright/test';
import { encodeAssignment } from '../src/lib/codes/assignment-link';
import { warmUpAssignment } from '../src/lib/codes/test-fixtures';
import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	LABEL_NAMES,
	labelOfCurrentClaim,
	quiz,
	tabTo,
	test,
	wrongChoice
} from './fixtures';

/** Whether the whole of the element is on the screen, not scrolled above or below it. */
async function isOnScreen(locator: Locator) {
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.top >= 0 && box.bottom <= window.innerHeight;
	});
}

/** The verdict heading and Next are both on screen, and the verdict has the focus. */
async function expectVerdictAndNextInView(page: Page) {
	const verdict = quiz(page).getByRole('heading', { name: /^(Right|Not quite):/ });
	await expect(verdict).toBeFocused();
	expect(await isOnScreen(verdict), 'the verdict is on screen').toBe(true);
	expect(
		await isOnScreen(quiz(page).getByRole('button', { name: 'Next' })),
		'Next is on screen'
	).toBe(true);
}

test.describe('On a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the verdict is what a student sees after tapping an answer, and Next stays at hand', async ({
		page
	}) => {
		const module = await fetchModule(page, 'signal-words');
		await page.goto('/modules/signal-words/the-news/');
		for (let i = 0; i < 3; i++) {
			const label = await labelOfCurrentClaim(page, module);
			const choice = i % 2 ? label : wrongChoice(label);
			await quiz(page).getByRole('button', { name: LABEL_NAMES[choice], exact: true }).tap();
			await expectVerdictAndNextInView(page);
			await quiz(page).getByRole('button', { name: 'Next' }).tap();
		}
	});

	test('feedback shows the sentence the claim sits in, and the whole paragraph on request', async ({
		page
	}) => {
		const module = await fetchModule(page, 'azerbaijan-russia');
		const section = module.sections.find((s) => s.id === 'demonization-of-russia')!;
		await page.goto('/modules/azerbaijan-russia/demonization-of-russia/');
		const quote = (await quiz(page).locator('blockquote').innerText()).trim();
		const paragraph = section.text
			.split(/\n\s*\n/)
			.map((p) => p.trim())
			.find((p) => p.includes(quote))!;
		await quiz(page).getByRole('button', { name: 'Stated fact', exact: true }).tap();

		const shown = quiz(page).locator('.in-context').first();
		const sentence = (await shown.innerText()).trim();
		expect(sentence).toContain(quote);
		expect(paragraph.length, 'the paragraph is longer than its sentence').toBeGreaterThan(
			sentence.length
		);
		expect(paragraph).toContain(sentence);

		const whole = quiz(page).getByText('Show the whole paragraph');
		await whole.tap();
		await expect(quiz(page).locator('details .in-context')).toHaveText(paragraph);
		await expectNoAxeViolations(page);
	});
});

test.describe('On a laptop', () => {
	test.use({ viewport: { width: 1366, height: 768 } });

	test('every verdict of a long section is on screen after a keyboard answer', async ({ page }) => {
		const module = await fetchModule(page, 'azerbaijan-russia');
		await page.goto('/modules/azerbaijan-russia/demonization-of-russia/');
		const region = quiz(page);
		for (let i = 0; ; i++) {
			if (await region.getByRole('heading', { name: /^Section score/ }).isVisible()) break;
			const label = await labelOfCurrentClaim(page, module);
			const choice = i % 3 ? label : wrongChoice(label);
			await tabTo(page, region.getByRole('button', { name: LABEL_NAMES[choice], exact: true }));
			await page.keyboard.press('Enter');
			await expectVerdictAndNextInView(page);
			await tabTo(page, region.getByRole('button', { name: 'Next' }), 5);
			await page.keyboard.press('Enter');
		}
	});

	test('the feedback made ready before an answer is neither seen, heard nor reached with Tab', async ({
		page
	}) => {
		await page.goto('/modules/azerbaijan-russia/demonization-of-russia/');
		const region = quiz(page);
		// Once the claim is on screen, its feedback is laid out, unseen, ready for the answer.
		await expect(region.locator('.feedback')).toHaveAttribute('data-laid-out', /.+/);
		await expect(region.getByText('Cue words:')).toBeHidden();
		expect(await region.ariaSnapshot()).not.toMatch(/Cue words|Next|whole paragraph/);
		expect((await region.locator('.feedback').boundingBox())?.height).toBe(0);
		// The claim's paragraph is folded behind a "Show the whole paragraph" control: not reached.
		await tabTo(page, region.getByRole('button', { name: 'Speculation', exact: true }));
		await page.keyboard.press('Tab');
		expect(await region.evaluate((box) => box.contains(document.activeElement))).toBe(false);

		await region.getByRole('button', { name: 'Stated fact', exact: true }).click();
		await expect(region.getByText('Cue words:')).toBeVisible();
		await expect(region.getByRole('heading', { name: /^(Right|Not quite):/ })).toBeFocused();
	});

	test('a retry of two missed claims counts them as claim 1 and 2 of 2', async ({ page }) => {
		const module = await fetchModule(page, 'signal-words');
		await page.goto('/modules/signal-words/the-news/');
		const region = quiz(page);
		for (let i = 0; ; i++) {
			if (await region.getByRole('heading', { name: /^Section score/ }).isVisible()) break;
			const label = await labelOfCurrentClaim(page, module);
			const choice = i < 2 ? wrongChoice(label) : label;
			await region.getByRole('button', { name: LABEL_NAMES[choice], exact: true }).click();
			await region.getByRole('button', { name: 'Next' }).click();
		}
		await region.getByRole('button', { name: 'Try the missed claims again' }).click();
		await expect(region.getByRole('heading', { name: 'Claim 1 of 2' })).toBeVisible();
		const label = await labelOfCurrentClaim(page, module);
		await region.getByRole('button', { name: LABEL_NAMES[label], exact: true }).click();
		await expect(region.getByText(/^Claim 1 of 2\. Your answer/)).toBeVisible();
		await region.getByRole('button', { name: 'Next' }).click();
		await expect(region.getByRole('heading', { name: 'Claim 2 of 2' })).toBeVisible();
	});

	test('in an assignment, the way back from a section leads to the assignment, not the key', async ({
		page
	}) => {
		const { version } = await fetchModule(page, 'signal-words');
		const assignment = { ...warmUpAssignment, contentVersion: version, mode: 'test' as const };
		const link = `/assignment/#${encodeAssignment(assignment)}`;
		await page.goto(link);
		await page.getByLabel('Your name, as your teacher asked for it').fill('Kai');
		await page.getByRole('button', { name: 'Start the assignment' }).click();
		await page.getByRole('link', { name: 'Start: What happened' }).first().click();
		await expect(quiz(page).getByRole('heading', { name: /^Claim 1 of/ })).toBeVisible();

		const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
		await expect(breadcrumb.getByRole('link')).toHaveCount(1);
		await breadcrumb.getByRole('link', { name: 'Your assignment' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Homework' })).toBeVisible();
	});
});
