import { progressKey } from '../src/lib/storage/keys';
import type { Page } from '@playwright/test';
import {
	expect,
	fetchModule,
	LABEL_NAMES,
	labelOfCurrentClaim,
	quiz,
	savedProgress,
	test,
	type PublishedModule
} from './fixtures';

const section = '/modules/signal-words/the-news/';
const key = progressKey('signal-words');

let module: PublishedModule;
let asked: PublishedModule['claims'];
test.beforeEach(async ({ page }) => {
	module = await fetchModule(page, 'signal-words');
	asked = module.claims.filter((c) => c.section === 'the-news' && c.label !== 'opinion');
});

const claimHeading = (tab: Page, n: number) =>
	quiz(tab).getByRole('heading', { name: `Claim ${n} of ${asked.length}` });

/** Answers the claim on screen rightly and waits for its feedback. */
async function answerRightly(tab: Page) {
	const label = await labelOfCurrentClaim(tab, module);
	await quiz(tab).getByRole('button', { name: LABEL_NAMES[label], exact: true }).click();
	await expect(quiz(tab).getByRole('heading', { name: /^Right: this is/ })).toBeVisible();
}

/** Writes progress the way another tab's save would, so that this tab hears of it. */
async function saveFromAnotherTab(tab: Page, progress: unknown) {
	await tab.evaluate(([key, value]) => localStorage.setItem(key, value), [
		key,
		JSON.stringify(progress)
	] as const);
}

test.describe('Several tabs', () => {
	test('an answer in one tab shows in the other, and neither overwrites the other', async ({
		page: first,
		context
	}) => {
		const second = await context.newPage();
		await first.goto(section);
		await second.goto(section);
		await expect(claimHeading(second, 1)).toBeVisible();

		await answerRightly(first);
		// The second tab moves past the claim the first answered, without a reload.
		await expect(claimHeading(second, 2)).toBeVisible();
		await answerRightly(second);

		// The first tab keeps its own feedback on screen, then skips what the second answered.
		await expect(first.getByText(`Claim 1 of ${asked.length}. Your answer:`)).toBeVisible();
		await quiz(first).getByRole('button', { name: 'Next' }).click();
		await expect(claimHeading(first, 3)).toBeVisible();

		const saved = await savedProgress(first, 'signal-words');
		expect(Object.keys(saved.answers).sort()).toEqual([asked[0].id, asked[1].id].sort());
		await second.reload();
		await expect(second.getByText(`Claim 2 of ${asked.length}. Your answer:`)).toBeVisible();
	});

	test('starting over in one tab starts the quiz over in the other', async ({
		page: quizTab,
		context
	}) => {
		await quizTab.goto(section);
		await answerRightly(quizTab);
		await quiz(quizTab).getByRole('button', { name: 'Next' }).click();

		const moduleTab = await context.newPage();
		await moduleTab.goto('/modules/signal-words/');
		await expect(moduleTab.getByText(`In progress: 1 of ${asked.length} answered`)).toBeVisible();
		// The module page follows the quiz in the other tab as it goes.
		await answerRightly(quizTab);
		await expect(moduleTab.getByText(`In progress: 2 of ${asked.length} answered`)).toBeVisible();

		await moduleTab.getByRole('button', { name: 'Start over…' }).click();
		await moduleTab.getByRole('dialog').getByRole('button', { name: 'Yes, start over' }).click();
		await expect(claimHeading(quizTab, 1)).toBeVisible();
		await expect(claimHeading(quizTab, 1)).toBeFocused();
		expect((await savedProgress(quizTab, 'signal-words')).answers).toEqual({});
	});

	test('a tab opened late picks up what the others saved', async ({ page, context }) => {
		await page.goto(section);
		for (const n of [1, 2]) {
			await expect(claimHeading(page, n)).toBeVisible();
			await answerRightly(page);
			await quiz(page).getByRole('button', { name: 'Next' }).click();
		}
		const late = await context.newPage();
		await late.goto(section);
		await expect(claimHeading(late, 3)).toBeVisible();
		await late.goto('/modules/signal-words/');
		await expect(late.getByText(`In progress: 2 of ${asked.length} answered`)).toBeVisible();
	});

	test('a tab left open across an update of the module keeps saving and says to reload', async ({
		page,
		context
	}) => {
		await page.goto(section);
		await expect(claimHeading(page, 1)).toBeVisible();
		// A tab with the module's next release answers the first claim.
		const updated = await context.newPage();
		await updated.goto('/');
		await saveFromAnotherTab(updated, {
			version: 1,
			moduleId: 'signal-words',
			contentVersion: module.version + 1,
			sorting: 'two-way',
			answers: {
				[asked[0].id]: {
					choice: asked[0].label,
					answeredAt: new Date().toISOString(),
					reviewed: true
				}
			},
			updatedAt: new Date().toISOString()
		});
		await expect(
			page.getByText('This module was updated since you opened this page: reload it')
		).toBeVisible();
		await expect(claimHeading(page, 2)).toBeVisible();
		await answerRightly(page);

		const saved = await savedProgress(page, 'signal-words');
		expect(Object.keys(saved.answers).sort()).toEqual([asked[0].id, asked[1].id].sort());
		expect(saved.contentVersion).toBe(module.version + 1);
	});

	test('a save from a newer release in another tab is never written over', async ({
		page,
		context
	}) => {
		await page.goto(section);
		const newer = await context.newPage();
		await newer.goto('/');
		const future = { version: 2, moduleId: 'signal-words', answers: {}, notes: 'kept' };
		await saveFromAnotherTab(newer, future);
		await expect(
			page.getByText('Your progress was saved by a newer version of Claimwise')
		).toBeVisible();
		await answerRightly(page);
		expect(await savedProgress(page, 'signal-words')).toEqual(future);
	});

	test('answers saved at the same moment in two tabs are both kept', async ({ page, context }) => {
		await page.goto(section);
		await answerRightly(page);
		// The other tab saved before it heard of this answer: its copy has only its own.
		const other = await context.newPage();
		await other.goto('/');
		const theirs = {
			choice: asked[1].label,
			answeredAt: new Date().toISOString(),
			reviewed: true
		};
		await saveFromAnotherTab(other, {
			version: 1,
			moduleId: 'signal-words',
			contentVersion: module.version,
			sorting: 'two-way',
			answers: { [asked[1].id]: theirs },
			updatedAt: new Date().toISOString()
		});
		await expect
			.poll(async () => Object.keys((await savedProgress(page, 'signal-words')).answers).sort())
			.toEqual([asked[0].id, asked[1].id].sort());
		// This tab still shows its own feedback, and then goes past the other tab's claim.
		await quiz(page).getByRole('button', { name: 'Next' }).click();
		await expect(claimHeading(page, 3)).toBeVisible();
	});
});
