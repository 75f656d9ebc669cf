import { expect, LABEL_NAMES, quiz, tabTo, test } from './fixtures';
import type { Page } from '@playwright/test';

// A teacher makes a module of their own text and shares it; a student in another browser adds
// it and works through it as through a built-in module.
const TEXT = `# The bridge reopens

The bridge reopened on 3 May 2026. Officials may close it again in winter.

## What people think

The mayor said the repairs cost 2 million euros. Drivers probably feel relieved.`;

const LABELS = {
	'The bridge reopened on 3 May 2026.': 'fact',
	'Officials may close it again in winter.': 'speculation',
	'The mayor said the repairs cost 2 million euros.': 'fact',
	'Drivers probably feel relieved.': 'speculation'
} as const;

const claims = (page: Page) => page.getByRole('listbox', { name: 'Claims' });

/** Pastes the text on /author/, labels it by keyboard and fills in what sharing needs. */
async function makeModule(page: Page) {
	await page.goto('/author/');
	await page.getByLabel('Paste the text').fill(TEXT);
	await page.getByRole('button', { name: 'Make claims' }).click();
	await tabTo(page, claims(page));
	for (const label of Object.values(LABELS)) await page.keyboard.press(label[0]);
	for (const quote of Object.keys(LABELS)) {
		await claims(page).getByRole('option', { name: quote }).click();
		await page.getByRole('button', { name: 'Use the suggested explanation' }).click();
		const check = page.getByLabel('How you could check it');
		if (await check.isVisible()) await check.fill('Look it up in the town’s records.');
	}
	await page.getByLabel('Title', { exact: true }).fill('The bridge');
	await page.getByLabel('Summary: what students learn from it').fill('Facts and guesses.');
	await page.getByLabel('Where it was published (outlet)').fill('Millbrook News');
	await page.getByLabel(/When it was published/).fill('4 May 2026');
	await page.getByLabel('Attribution: who wrote or owns the text').fill('Millbrook News');
	await page.getByLabel(/Licence or terms/).fill('Shared with permission for class use.');
	await page.getByLabel(/I have the right to share this text/).check();
	const share = page.getByRole('region', { name: 'Share' });
	await expect(share.getByText(/Ready to share: 4 claims in 2 sections/)).toBeVisible();
	return share;
}

/** Answers the claim shown rightly, by its quote, and waits for the verdict. */
async function answerRightly(page: Page) {
	const quote = (await quiz(page).locator('blockquote.claim-quote').innerText()).trim();
	const label = LABELS[quote as keyof typeof LABELS];
	expect(label, `a claim of the text: ${quote}`).toBeDefined();
	await quiz(page).getByRole('button', { name: LABEL_NAMES[label], exact: true }).click();
	await expect(quiz(page).getByRole('heading', { name: /^Right: this is/ })).toBeVisible();
}

test('a teacher’s own text, tried as a student, shared, added and done by a student', async ({
	page,
	context,
	browser
}) => {
	test.setTimeout(150_000);
	const share = await makeModule(page);

	// Tried first as a student sees it, in a new tab, through the student's own pages.
	const [tried] = await Promise.all([
		context.waitForEvent('page'),
		share.getByRole('link', { name: /Try it as a student/ }).click()
	]);
	await expect(tried.getByRole('heading', { level: 1, name: 'The bridge' })).toBeVisible();
	await expect(tried).toHaveURL(/\/my\/\?module=the-bridge-[a-z0-9]{5}$/);
	await tried.close();

	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await share.getByRole('button', { name: 'Copy link' }).click();
	const link: string = await page.evaluate(() => navigator.clipboard.readText());

	// A student, in a browser of their own.
	const student = await browser.newContext();
	try {
		const pupil = await student.newPage();
		await pupil.goto(link.replace(/^https?:\/\/[^/]+/, ''));
		const opened = pupil.getByRole('region', { name: 'The bridge' });
		await expect(opened.getByText('Millbrook News').first()).toBeVisible();
		await expect(opened.getByText('Shared with permission for class use.')).toBeVisible();
		await opened.getByRole('button', { name: 'Add to my modules' }).click();
		await opened.getByRole('link', { name: 'Start: The bridge reopens' }).click();

		await answerRightly(pupil);
		await quiz(pupil).getByRole('button', { name: 'Next' }).click();
		await expect(quiz(pupil).getByRole('heading', { name: 'Claim 2 of 2' })).toBeVisible();
		// Mid-way: a reload keeps the first answer and asks the second claim.
		await pupil.reload();
		await expect(quiz(pupil).getByRole('heading', { name: 'Claim 2 of 2' })).toBeVisible();
		await answerRightly(pupil);
		await quiz(pupil).getByRole('button', { name: 'Next' }).click();
		await expect(quiz(pupil).getByRole('heading', { name: 'Section score: 2 of 2' })).toBeVisible();

		await quiz(pupil).getByRole('link', { name: 'Next section: What people think' }).click();
		for (let i = 0; i < 2; i++) {
			await answerRightly(pupil);
			await quiz(pupil).getByRole('button', { name: 'Next' }).click();
		}
		await quiz(pupil).getByRole('link', { name: 'See your results' }).click();
		await expect(pupil).toHaveURL(/\/my\/results\/\?module=the-bridge-/);
		await expect(pupil.getByText(/4 of 4/).first()).toBeVisible();

		// The module is on the student's home page, under its own heading.
		await pupil.goto('/');
		const mine = pupil.getByRole('heading', { level: 2, name: 'Modules you added' });
		await expect(mine).toBeVisible();
		await expect(pupil.getByRole('link', { name: 'The bridge' })).toBeVisible();
	} finally {
		await student.close();
	}

	// The teacher prints its worksheet and answer key from the tried copy.
	await page.goto('/');
	await page.getByRole('link', { name: 'The bridge' }).click();
	await page.getByRole('link', { name: 'Print a worksheet' }).click();
	await expect(page).toHaveURL(/\/my\/print\/\?module=the-bridge-/);
	await expect(page.getByText('Officials may close it again in winter.').first()).toBeVisible();
	await page.goBack();
	await page.getByRole('link', { name: 'its answer key' }).click();
	await expect(page.getByText('Answer key', { exact: true }).first()).toBeVisible();
	await expect(page.getByText('Officials may close it again in winter.').first()).toBeVisible();
});
