import {
	expect,
	fetchModule,
	LABEL_NAMES,
	labelOfCurrentClaim,
	missFirstClaim,
	quiz,
	tabTo,
	test,
	wrongChoice,
	type PublishedModule
} from './fixtures';
import type { Page } from '@playwright/test';

/** Answers every claim of the open section by keyboard alone, rightly, then moves on. */
async function finishSectionByKeyboard(page: Page, module: PublishedModule) {
	const region = quiz(page);
	for (;;) {
		const summary = region.getByRole('heading', { name: /^Section score/ });
		if (await summary.isVisible()) break;
		await expect(region.getByRole('heading', { name: /^Claim \d+ of \d+$/ })).toBeVisible();
		const label = await labelOfCurrentClaim(page, module);
		await tabTo(page, region.getByRole('button', { name: LABEL_NAMES[label], exact: true }));
		await page.keyboard.press('Enter');
		// The verdict takes the focus, so it is seen and heard first; Next is a few Tabs on.
		await expect(region.getByRole('heading', { name: /^Right: this is/ })).toBeFocused();
		await tabTo(page, region.getByRole('button', { name: 'Next' }), 5);
		await page.keyboard.press('Enter');
	}
	await expect(region.getByRole('heading', { name: /^Section score/ })).toBeFocused();
}

/** How many claims two-way sorting asks in a section. */
function twoWayCount(module: PublishedModule, sectionId: string) {
	return module.claims.filter((c) => c.section === sectionId && c.label !== 'opinion').length;
}

async function finishModuleByKeyboard(page: Page, moduleId: string) {
	const module = await fetchModule(page, moduleId);
	await page.goto('/');
	await tabTo(page, page.getByRole('link', { name: module.title }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
	await tabTo(page, page.getByRole('link', { name: /^Start: / }));
	await page.keyboard.press('Enter');

	for (const [i, section] of module.sections.entries()) {
		// A section page's heading is the article's own where it has one, else our title.
		const heading = (section as { heading?: string }).heading ?? section.title;
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await finishSectionByKeyboard(page, module);
		const onward =
			i < module.sections.length - 1
				? page.getByRole('link', { name: `Next section: ${module.sections[i + 1].title}` })
				: page.getByRole('link', { name: 'See your results' });
		await tabTo(page, onward);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { level: 1, name: /^Your results/ })).toBeVisible();
	return module;
}

test.describe('Student journey', () => {
	test('lists the modules on the home page, warm-up first', async ({ page }) => {
		await page.goto('/');
		const titles = page.getByRole('list').first().getByRole('heading', { level: 3 });
		const modules = [
			await fetchModule(page, 'signal-words'),
			await fetchModule(page, 'azerbaijan-russia')
		];
		await expect(titles).toHaveText(modules.map((module) => module.title));
	});

	test('shows what a module teaches, its source, date and sections', async ({ page }) => {
		await page.goto('/modules/azerbaijan-russia/');
		await expect(page.getByText('Opinion piece (outlet and author not given')).toBeVisible();
		await expect(page.getByText(/probably written in early July 2025/)).toBeVisible();
		const module = await fetchModule(page, 'azerbaijan-russia');
		const sections = page.getByRole('region', { name: 'Sections' }).getByRole('link');
		await expect(sections).toHaveText(module.sections.map((section) => section.title));
	});

	test('finishes the warm-up by keyboard alone and scores every claim right', async ({ page }) => {
		const module = await finishModuleByKeyboard(page, 'signal-words');
		const asked = module.claims.filter((claim) => claim.label !== 'opinion').length;
		await expect(page.getByText(`Overall: ${asked} of ${asked} (100%) right.`)).toBeVisible();
	});

	test('finishes the article by keyboard alone', async ({ page }) => {
		test.setTimeout(120_000);
		const module = await finishModuleByKeyboard(page, 'azerbaijan-russia');
		const asked = module.claims.filter((claim) => claim.label !== 'opinion').length;
		await expect(page.getByText(`Overall: ${asked} of ${asked} (100%) right.`)).toBeVisible();
		await page.goto('/modules/azerbaijan-russia/');
		await expect(page.getByText(/^Done: /)).toHaveCount(module.sections.length);
	});

	test('explains a wrong answer with the claim in context and its cue words', async ({ page }) => {
		const module = await fetchModule(page, 'signal-words');
		await page.goto('/modules/signal-words/the-news/');
		const label = await labelOfCurrentClaim(page, module);
		const claim = module.claims.find((c) => c.label === label && c.section === 'the-news')!;
		await quiz(page)
			.getByRole('button', { name: LABEL_NAMES[wrongChoice(label)] })
			.click();

		const region = quiz(page);
		await expect(region.getByRole('heading', { name: /^Not quite: this is/ })).toBeVisible();
		await expect(
			region.getByText(`Your answer: ${LABEL_NAMES[wrongChoice(label)]}.`)
		).toBeVisible();
		await expect(region.locator('mark.claim').first()).toBeVisible();
		for (const cue of claim.cues) {
			await expect(region.locator('.cues mark', { hasText: cue })).toBeVisible();
		}
		// Screen readers hear the verdict, which takes the focus, then the explanation.
		await expect(region.getByRole('heading', { name: /^Not quite: this is/ })).toBeFocused();
		await expect(region.getByRole('status')).toHaveText(claim.explanation);
	});

	test('lets a student retry the claims they missed from the results page', async ({ page }) => {
		const { module, label } = await missFirstClaim(page);

		await page.goto('/modules/signal-words/results/');
		await expect(page.getByText(/^✗ Not quite\./)).toHaveCount(1);
		await expect(page.getByText(`Right answer: ${LABEL_NAMES[label]}.`).first()).toBeVisible();
		await page.getByRole('button', { name: 'Try the 1 missed claim again' }).click();

		await expect(page).toHaveURL(/\/modules\/signal-words\/the-news\/$/);
		const asked = twoWayCount(module, 'the-news');
		await expect(quiz(page).getByRole('heading', { name: `Claim 1 of ${asked}` })).toBeVisible();
	});

	test('starts over only after the student confirms', async ({ page }) => {
		const asked = twoWayCount(await fetchModule(page, 'signal-words'), 'the-news');
		await page.goto('/modules/signal-words/the-news/');
		await quiz(page).getByRole('button', { name: 'Stated fact' }).click();
		await page.goto('/modules/signal-words/');
		await expect(page.getByText(`In progress: 1 of ${asked} answered`)).toBeVisible();

		await page.getByRole('button', { name: 'Start over…' }).click();
		const dialog = page.getByRole('dialog', { name: /Start “.+” over\?/ });
		await expect(dialog).toContainText('This deletes the 1 answer you gave');
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByText(`In progress: 1 of ${asked} answered`)).toBeVisible();

		await page.getByRole('button', { name: 'Start over…' }).click();
		await dialog.getByRole('button', { name: 'Yes, start over' }).click();
		await expect(page.getByText(`Not started, ${asked} claims`)).toBeVisible();
	});

	test('the results page counts only what was answered, and says how much is left', async ({
		page
	}) => {
		const module = await fetchModule(page, 'signal-words');
		const asked = module.claims.filter((claim) => claim.label !== 'opinion').length;
		await page.goto('/modules/signal-words/results/');
		await expect(
			page.getByText(`Overall: no claims answered yet; ${asked} to sort.`)
		).toBeVisible();
		await missFirstClaim(page);
		await page.goto('/modules/signal-words/results/');
		await expect(
			page.getByText(`Overall: 0 of 1 answered right (0%); ${asked - 1} claims left to answer.`)
		).toBeVisible();
		const scores = page.getByRole('table', { name: 'Score per section' });
		await expect(scores.getByRole('row').nth(1)).toContainText('0 of 1 (0%)');
		await expect(scores.getByRole('row').nth(2)).toContainText('none answered yet');
	});
});
