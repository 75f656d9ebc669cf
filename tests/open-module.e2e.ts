import { encodeAssignment } from '../src/lib/codes/assignment-link';
import { ADDED_MODULES_KEY } from '../src/lib/storage/keys';
import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	LABEL_NAMES,
	moduleLinkOf,
	quiz,
	savedProgress,
	test,
	type PublishedModule
} from './fixtures';
import type { Page } from '@playwright/test';

type Shared = PublishedModule & {
	summary: string;
	source: { name: string; date: string };
	licence: { attribution: string; terms: string };
};

/** A teacher's own module: the warm-up under another id and title. */
async function teachersModule(page: Page): Promise<Shared> {
	const module = (await fetchModule(page, 'signal-words')) as Shared;
	return { ...module, id: 'class-vote', title: 'Our class vote' };
}

const storedModules = (page: Page) =>
	page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), ADDED_MODULES_KEY);

test.describe('Opening a shared module', () => {
	test('shows what it is and whose, adds it, and starts it', async ({ page }) => {
		const module = await teachersModule(page);
		await page.goto(`/open/#${await moduleLinkOf(module)}`);

		const opened = page.getByRole('region', { name: 'Our class vote' });
		await expect(opened.getByText(module.summary)).toBeVisible();
		await expect(opened.getByText(module.source.name, { exact: true })).toBeVisible();
		await expect(opened.getByText(module.licence.attribution, { exact: true })).toBeVisible();
		await expect(opened.getByText(module.licence.terms)).toBeVisible();
		await expect(
			opened.getByText(`${module.sections.length} sections, ${module.claims.length} claims`)
		).toBeVisible();
		await expectNoAxeViolations(page);

		await opened.getByRole('button', { name: 'Add to my modules' }).click();
		await expect(opened.getByRole('status')).toHaveText('Added “Our class vote” to your modules.');
		// The button is gone; the way on has the keyboard's focus.
		await expect(opened.getByRole('link', { name: /^Start: / })).toBeFocused();
		expect((await storedModules(page)).modules[0].module.id).toBe('class-vote');
		await expectNoAxeViolations(page);

		await opened.getByRole('link', { name: `Start: ${module.sections[0].title}` }).click();
		const first = module.claims.find((c) => c.section === module.sections[0].id)!;
		await expect(quiz(page).locator('blockquote')).toHaveText(first.quote);
		await quiz(page).getByRole('button', { name: LABEL_NAMES[first.label], exact: true }).click();
		await expect(quiz(page).getByRole('heading', { name: /^Right: this is/ })).toBeVisible();

		// The home page lists it under its own heading, with its progress.
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 2, name: 'Modules you added' })).toBeVisible();
		const card = page.getByRole('listitem').filter({ hasText: 'Our class vote' });
		await expect(card.getByText(module.summary)).toBeVisible();
		await expect(card.getByText(/^In progress: 1 of \d+ claims\s+answered\.$/)).toBeVisible();
		await expectNoAxeViolations(page);
		await card.getByRole('link', { name: 'Our class vote' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Our class vote' })).toBeVisible();

		// The same link again: nothing to add, a way to the module.
		await page.goto(`/open/#${await moduleLinkOf(module)}`);
		await expect(
			page.getByText('You already added this version of “Our class vote”.')
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Add to my modules' })).toHaveCount(0);
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Go to the module' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Our class vote' })).toBeVisible();
	});

	test('a newer version keeps the answers to claims that still exist', async ({ page }) => {
		const module = await teachersModule(page);
		await page.goto(`/open/#${await moduleLinkOf(module)}`);
		await page.getByRole('button', { name: 'Add to my modules' }).click();

		// Answer the first claim, then the teacher drops another claim of the same section.
		const inFirst = module.claims.filter((c) => c.section === module.sections[0].id);
		await page.getByRole('link', { name: /^Start: / }).click();
		await quiz(page)
			.getByRole('button', { name: LABEL_NAMES[inFirst[0].label], exact: true })
			.click();
		await expect(quiz(page).getByRole('heading', { name: /^Right: this is/ })).toBeVisible();

		const newer = {
			...module,
			version: module.version + 1,
			claims: module.claims.filter((c) => c.id !== inFirst[1].id)
		};
		await page.goto('/open/');
		await page
			.getByLabel('The module’s link, pasted')
			.fill(`Here is the new version: http://x.test/open/#${await moduleLinkOf(newer)} Thanks!`);
		await page.getByRole('button', { name: 'Open the link' }).click();
		// What was opened is above the box: its title takes the focus, so it is read out.
		await expect(page.getByRole('heading', { level: 2, name: module.title })).toBeFocused();
		await expect(
			page.getByText(
				`You added version ${module.version} of this module before. This is version ${newer.version}: adding it keeps your 1 answer to claims that are still in it.`
			)
		).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Add the newer version' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Updated' })).toContainText(
			'your 1 answer to claims still in it is kept'
		);
		const progress = await savedProgress(page, 'class-vote');
		expect(Object.keys(progress.answers)).toEqual([inFirst[0].id]);
		expect((await storedModules(page)).modules[0].module.version).toBe(newer.version);
	});

	test('another module with the same id replaces it only when the student chooses', async ({
		page
	}) => {
		const module = await teachersModule(page);
		await page.goto(`/open/#${await moduleLinkOf(module)}`);
		await page.getByRole('button', { name: 'Add to my modules' }).click();

		const other = {
			...module,
			title: 'Another teacher’s text',
			source: { ...module.source, name: 'Another paper' }
		};
		// A new link in the same tab: read on hashchange.
		await page.evaluate((hash) => (location.hash = hash), await moduleLinkOf(other));
		await expect(
			page.getByText('You already added another module with this id, “Our class vote”', {
				exact: false
			})
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Add to my modules' })).toHaveCount(0);
		// Nothing answered yet: no "your 0 answers".
		await expect(
			page.getByText('Replacing it deletes “Our class vote” from this browser.')
		).toBeVisible();
		await expectNoAxeViolations(page);
		expect((await storedModules(page)).modules[0].module.title).toBe('Our class vote');

		await page.getByRole('button', { name: 'Replace “Our class vote” with this module' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Replaced' })).toBeVisible();
		expect((await storedModules(page)).modules[0].module.title).toBe('Another teacher’s text');
	});

	test('an assignment link opened here says so and leads to the assignment', async ({ page }) => {
		const module = await fetchModule(page, 'signal-words');
		const link = encodeAssignment({
			code: 'WR0NGP',
			moduleId: 'signal-words',
			contentVersion: module.version,
			sections: [module.sections[0].id],
			sorting: 'two-way',
			mode: 'practice',
			passMark: null,
			title: 'Pasted in the wrong place',
			instructions: '',
			due: null
		});
		await page.goto('/open/');
		await page
			.getByLabel('The module’s link, pasted')
			.fill(`Our assignment: http://x.test/assignment/#${link}`);
		await page.getByRole('button', { name: 'Open the link' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'This is an assignment link, not a module link: open the assignment to see it with its module.'
		);
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Open the assignment' }).click();
		await expect(page).toHaveURL(/\/assignment\/#A\d\./);
		await expect(page.getByText('Pasted in the wrong place').first()).toBeVisible();
	});

	test('a module link opened as an assignment says so and leads to where it opens', async ({
		page
	}) => {
		const module = await teachersModule(page);
		await page.goto(`/assignment/#${await moduleLinkOf(module)}`);
		await expect(page.getByRole('alert')).toHaveText(
			'This is a link to a module, not to an assignment: open it as a module, or ask your teacher for the assignment link.'
		);
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Open it as a module' }).click();
		await expect(page.getByRole('heading', { level: 2, name: module.title })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Add to my modules' })).toBeVisible();
	});

	test('refuses a module with a built-in id', async ({ page }) => {
		const builtIn = await fetchModule(page, 'signal-words');
		await page.goto(`/open/#${await moduleLinkOf(builtIn)}`);
		await expect(
			page.getByText('has the id of a module that comes with Claimwise, so it cannot be added', {
				exact: false
			})
		).toBeVisible();
		await expect(page.getByRole('button', { name: /^Add/ })).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('a mangled link, a too-long link and a hostile file each get one calm sentence', async ({
		page
	}) => {
		const module = await teachersModule(page);
		const link = await moduleLinkOf(module);
		const mangled = `${link.slice(0, 40)}${link[40] === 'A' ? 'B' : 'A'}${link.slice(41)}`;
		await page.goto(`/open/#${mangled}`);
		await expect(page.getByRole('alert')).toHaveText(
			'This module link is incomplete or was changed on the way: ask for it again and copy all of it.'
		);
		await expectNoAxeViolations(page);

		await page.goto(`/open/#M1.${'A'.repeat(70_000)}.0000000`);
		await expect(page.getByRole('alert')).toHaveText(
			/^This link is longer than a module link can be/
		);

		await page.goto('/open/');
		await expect(page.getByRole('button', { name: 'Open the link' })).toBeEnabled();
		const hostile = {
			...module,
			title: '<img src=x onerror="document.title=1">',
			claims: [{ ...module.claims[0], quote: 'not in the text <script>alert(1)</script>' }]
		};
		await page.getByLabel('Open a module file').setInputFiles({
			name: 'module.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(hostile))
		});
		await expect(page.getByRole('alert')).toHaveText(
			/^The module in this file breaks a rule of the module format, so it was not opened: /
		);
		await expect(page.locator('main img')).toHaveCount(0);
		expect(await storedModules(page)).toBeNull();
	});
});

test.describe('Modules a student added', () => {
	test('are removed only after a confirmation that offers the progress first', async ({ page }) => {
		const module = await teachersModule(page);
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Modules you added' })).toHaveCount(0);
		await page.goto(`/open/#${await moduleLinkOf(module)}`);
		await page.getByRole('button', { name: 'Add to my modules' }).click();
		await page.getByRole('link', { name: /^Start: / }).click();
		const first = module.claims.find((c) => c.section === module.sections[0].id)!;
		await quiz(page).getByRole('button', { name: LABEL_NAMES[first.label], exact: true }).click();
		await expect(quiz(page).getByRole('heading', { name: /^Right: this is/ })).toBeVisible();

		await page.goto('/');
		await page.getByRole('button', { name: 'Remove “Our class vote”…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Remove “Our class vote”?' });
		await expect(dialog).toContainText('with the 1 answer you gave in it');
		await expectNoAxeViolations(page);
		const download = page.waitForEvent('download');
		await dialog.getByRole('button', { name: 'Download my progress first' }).click();
		expect((await download).suggestedFilename()).toMatch(/^claimwise-progress-class-vote-/);
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByRole('heading', { name: 'Modules you added' })).toBeVisible();
		expect((await storedModules(page)).modules).toHaveLength(1);

		await page.getByRole('button', { name: 'Remove “Our class vote”…' }).click();
		await dialog.getByRole('button', { name: 'Yes, remove it' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toHaveText(
			'Removed “Our class vote” and your answers to it from this browser.'
		);
		await expect(page.getByRole('heading', { name: 'Modules you added' })).toHaveCount(0);
		// The list is gone with it: the keyboard's focus is on the page, not lost.
		await expect(page.locator('main')).toBeFocused();
		expect((await storedModules(page)).modules).toEqual([]);
		// Its answers are taken back (kept as taken back, so that other tabs hear of it).
		expect((await savedProgress(page, 'class-vote')).answers).toEqual({});

		await page.goto('/my/?module=class-vote');
		await expect(page.getByRole('alert')).toContainText('There is no module “class-vote”');
	});

	test('show up on a home page open in another tab', async ({ page, context }) => {
		const module = await teachersModule(page);
		await page.goto('/');
		const other = await context.newPage();
		await other.goto(`/open/#${await moduleLinkOf(module)}`);
		await other.getByRole('button', { name: 'Add to my modules' }).click();
		await expect(page.getByRole('heading', { name: 'Modules you added' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Our class vote' })).toBeVisible();
	});

	test('a section started here comes back whole after Back and Forward', async ({ page }) => {
		const module = await teachersModule(page);
		await page.goto(`/open/#${await moduleLinkOf(module)}`);
		await page.getByRole('button', { name: 'Add to my modules' }).click();
		await page.getByRole('link', { name: /^Start: / }).click();
		const first = module.claims.find((c) => c.section === module.sections[0].id)!;
		await expect(quiz(page).locator('blockquote')).toHaveText(first.quote);

		await page.goBack();
		await expect(page.getByRole('heading', { name: 'Our class vote' })).toBeVisible();
		await page.goForward();
		await expect(quiz(page).locator('blockquote')).toHaveText(first.quote);
		await quiz(page).getByRole('button', { name: LABEL_NAMES[first.label], exact: true }).click();
		await expect(quiz(page).getByRole('heading', { name: /^Right: this is/ })).toBeVisible();
	});

	test('open with no network once the site was loaded', async ({ page, context }) => {
		const module = await teachersModule(page);
		await page.goto(`/open/#${await moduleLinkOf(module)}`);
		await page.getByRole('button', { name: 'Add to my modules' }).click();
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await context.setOffline(true);

		await page.goto('/');
		await page.getByRole('link', { name: 'Our class vote' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Our class vote' })).toBeVisible();
		await page.getByRole('link', { name: /^Start: / }).click();
		const first = module.claims.find((c) => c.section === module.sections[0].id)!;
		await quiz(page).getByRole('button', { name: LABEL_NAMES[first.label], exact: true }).click();
		await expect(quiz(page).getByRole('heading', { name: /^Right: this is/ })).toBeVisible();
	});
});
