import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	LABEL_NAMES,
	labelOfCurrentClaim,
	quiz,
	savedProgress,
	tabTo,
	test,
	wrongChoice,
	type PublishedModule
} from './fixtures';

/** A teacher, on their own computer, assigns the warm-up's first section and returns the link. */
async function assignFirstSection(browser: Browser) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/teach/');
	await page.getByRole('radio', { name: 'Signal words: fact, guess or opinion?' }).check();
	for (const box of await page.getByRole('group', { name: 'Sections' }).getByRole('checkbox').all())
		await box.setChecked(
			(await box.evaluate((el) => el.parentElement?.textContent ?? '')).trim() === 'What happened'
		);
	await page.getByLabel('Title').fill('Shared cart homework');
	await page.getByRole('button', { name: 'Create assignment' }).click();
	const link = await page.getByLabel('Link for students').inputValue();
	await context.close();
	return link;
}

/** Answers the assigned section from the assignment page, `wrong` claims wrong, and hands in. */
async function answerAndHandIn(page: Page, module: PublishedModule, wrong: number) {
	await page.getByRole('link', { name: 'Start: What happened' }).click();
	const region = quiz(page);
	for (let i = 0; ; i++) {
		const back = region.getByRole('link', { name: /^Back to your assignment/ });
		await expect(
			region.getByRole('heading', { name: /^Claim \d+ of \d+$/ }).or(back)
		).toBeVisible();
		if (await back.isVisible()) {
			await back.click();
			break;
		}
		const label = await labelOfCurrentClaim(page, module);
		const choice = i < wrong ? wrongChoice(label) : label;
		await region.getByRole('button', { name: LABEL_NAMES[choice], exact: true }).click();
		await region.getByRole('button', { name: 'Next' }).click();
	}
	await page.getByRole('button', { name: 'Hand in' }).click();
	await expect(page.getByRole('heading', { name: 'Handed in' })).toBeVisible();
	return page.getByLabel('Your result code').inputValue();
}

/** The student's name as a result code carries it (its fifth part, base64url). */
const nameInCode = (code: string) => Buffer.from(code.split('.')[4], 'base64url').toString('utf8');

test.describe('Shared devices', () => {
	test('a second student on the same browser starts their own work, and the first finds theirs again', async ({
		page,
		browser
	}) => {
		test.setTimeout(90_000);
		const module = await fetchModule(page, 'signal-words');
		const link = await assignFirstSection(browser);

		await page.goto(link);
		await page.getByLabel('Your name, as your teacher asked for it').fill('Ann');
		await page.getByRole('button', { name: 'Start the assignment' }).click();
		const annCode = await answerAndHandIn(page, module, 0);

		// Ben opens the same link on the same device: it says whose work it is.
		await page.goto(link);
		await expect(page.getByText('This is the work of Ann.')).toBeVisible();
		const notAnn = page.getByRole('button', { name: 'Not Ann? Start as someone else' });
		await tabTo(page, notAnn);
		await page.keyboard.press('Enter');
		const nameBox = page.getByLabel('Your name, as your teacher asked for it');
		await expect(nameBox).toBeFocused();
		await expect(page.getByLabel('Your result code')).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Answer sheet' })).toHaveCount(0);
		await expectNoAxeViolations(page);
		await page.keyboard.type('Ben');
		await page.keyboard.press('Enter');

		// Ben's work is empty, and Ann's is listed, not lost.
		await expect(page.getByText(/^Working as Ben\. 0 of \d+ claims answered\.$/)).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Started as Ben' })).toBeVisible();
		const others = page.getByRole('region', {
			name: 'Others who worked on this assignment in this browser'
		});
		await expect(others.getByRole('listitem')).toHaveText([/^Ann \(handed in\) — /]);
		await expectNoAxeViolations(page);
		const benCode = await answerAndHandIn(page, module, 1);
		expect(benCode).not.toBe(annCode);

		// Ann opens her work again: her result code is the same as when she handed in.
		await page.goto(link);
		await expect(page.getByText('This is the work of Ben.')).toBeVisible();
		await others.getByRole('button', { name: 'Open the work of Ann' }).click();
		await expect(page.getByText('This is the work of Ann.')).toBeVisible();
		await expect(page.getByLabel('Your result code')).toHaveValue(annCode);
		await expect(others.getByRole('listitem')).toHaveText([/^Ben \(handed in\) — /]);
		await page.reload();
		await expect(page.getByLabel('Your result code')).toHaveValue(annCode);
		await expectNoAxeViolations(page);

		expect(nameInCode(annCode)).toBe('Ann');
		expect(nameInCode(benCode)).toBe('Ben');
	});

	test('a section page open in another tab never mixes one student’s answers into another’s', async ({
		page,
		context
	}) => {
		const module = await fetchModule(page, 'signal-words');
		const link = await assignFirstSection(context.browser()!);
		await page.goto(link);
		await page.getByLabel('Your name, as your teacher asked for it').fill('Ann');
		await page.getByRole('button', { name: 'Start the assignment' }).click();
		await page.getByRole('link', { name: 'Start: What happened' }).click();
		const label = await labelOfCurrentClaim(page, module);
		await quiz(page).getByRole('button', { name: LABEL_NAMES[label], exact: true }).click();
		await quiz(page).getByRole('button', { name: 'Next' }).click();
		const sectionUrl = page.url();

		// Ann's section stays open in a second tab while Ben takes over in the first.
		const annTab = await context.newPage();
		await annTab.goto(sectionUrl);
		await expect(quiz(annTab).getByRole('heading', { name: /^Claim 2 of \d+$/ })).toBeVisible();
		await page.goto(link);
		await page.getByRole('button', { name: 'Not Ann? Start as someone else' }).click();
		await page.getByLabel('Your name, as your teacher asked for it').fill('Ben');
		await page.getByRole('button', { name: 'Start the assignment' }).click();
		await expect(page.getByText(/^Working as Ben\. 0 of \d+ claims answered\.$/)).toBeVisible();

		// The other tab hears of the change and shows Ben's work, from the first claim; nothing of
		// Ann's ends up in Ben's work.
		await expect(quiz(annTab).getByRole('heading', { name: /^Claim 1 of \d+$/ })).toBeVisible();
		await page.reload();
		await expect(page.getByText(/^Working as Ben\. 0 of \d+ claims answered\.$/)).toBeVisible();
		await page.getByRole('button', { name: 'Open the work of Ann' }).click();
		await expect(page.getByText(/^Working as Ann\. 1 of \d+ claims answered\.$/)).toBeVisible();
	});

	test('a second student starts their own self-study progress, and switches back to the first', async ({
		page
	}) => {
		const module = await fetchModule(page, 'signal-words');
		await page.goto('/modules/signal-words/the-news/');
		for (let i = 0; i < 2; i++) {
			const label = await labelOfCurrentClaim(page, module);
			await quiz(page).getByRole('button', { name: LABEL_NAMES[label], exact: true }).click();
			await quiz(page).getByRole('button', { name: 'Next' }).click();
		}
		const annAnswers = (await savedProgress(page, 'signal-words')).answers;
		expect(Object.keys(annAnswers)).toHaveLength(2);

		await page.goto('/modules/signal-words/');
		const whose = page.getByRole('region', { name: 'Whose progress is this?' });
		await expect(whose).toContainText(
			/The progress in this browser: 2 answers, the last given on /
		);
		await whose.getByRole('button', { name: 'Not yours? Start your own progress…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Start your own progress?' });
		await expect(dialog).toContainText('is not deleted');
		await expectNoAxeViolations(page);

		const downloading = page.waitForEvent('download');
		await dialog.getByRole('button', { name: 'Download a copy first' }).click();
		const copy = JSON.parse(readFileSync((await (await downloading).path())!, 'utf8'));
		expect(copy.answers).toEqual(annAnswers);

		await dialog.getByLabel('Your name (optional)').fill('Ben');
		await dialog.getByRole('button', { name: 'Start my own progress' }).click();
		await expect(dialog).toBeHidden();
		await expect(page.getByText(/^Not started/)).toHaveCount(2);
		await expect(whose).toContainText('The progress of Ben: no answers yet.');
		const earlier = whose.getByRole('listitem');
		await expect(earlier).toHaveText([/^No name given: 2 answers, the last given on .* — /]);
		await expectNoAxeViolations(page);

		// Ben answers one claim of his own.
		await page.goto('/modules/signal-words/the-news/');
		await expect(quiz(page).getByRole('heading', { name: /^Claim 1 of \d+$/ })).toBeVisible();
		const label = await labelOfCurrentClaim(page, module);
		await quiz(page).getByRole('button', { name: LABEL_NAMES[label], exact: true }).click();
		await page.goto('/modules/signal-words/');
		await expect(whose).toContainText('The progress of Ben: 1 answer, the last given on ');

		// Back to the first student's progress, with all of its answers.
		await whose.getByRole('button', { name: 'Switch to this progress' }).click();
		await expect(whose).toContainText('The progress in this browser: 2 answers');
		await expect(earlier).toHaveText([/^Ben: 1 answer, the last given on .* — /]);
		expect((await savedProgress(page, 'signal-words')).answers).toEqual(annAnswers);
		await page.reload();
		await expect(page.getByText(/^In progress: 2 of \d+ answered$/)).toBeVisible();
	});
});
