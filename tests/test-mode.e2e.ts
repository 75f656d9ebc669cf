import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { encodeAssignment } from '../src/lib/codes/assignment-link';
import type { Assignment } from '../src/lib/codes/assignment';
import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	LABEL_NAMES,
	missFirstClaim,
	quiz,
	tabTo,
	test,
	wrongChoice,
	type PublishedModule
} from './fixtures';

/** An assignment of the warm-up, both sections, as a teacher's link would carry it. */
async function linkTo(page: Page, changes: Partial<Assignment> = {}) {
	const module = await fetchModule(page, 'signal-words');
	const assignment: Assignment = {
		code: 'T3STMD',
		moduleId: 'signal-words',
		contentVersion: module.version,
		sections: module.sections.map((section) => section.id),
		sorting: 'two-way',
		mode: 'test',
		passMark: null,
		title: 'Signal words test',
		instructions: '',
		due: null,
		...changes
	};
	return { module, link: `/assignment/#${encodeAssignment(assignment)}` };
}

/** The claims a two-way assignment of the whole module asks, in order. */
const asked = (module: PublishedModule) => module.claims.filter((c) => c.label !== 'opinion');

async function start(page: Page, link: string, name: string) {
	await page.goto(link);
	await page.getByLabel('Your name, as your teacher asked for it').fill(name);
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(page.getByText(`Working as ${name}.`)).toBeVisible();
}

/** The radio group of one claim in the "Check your answers" part, found by its quote. */
function reviewOf(page: Page, quote: string) {
	return page
		.getByRole('region', { name: 'Check your answers' })
		.getByRole('group', { name: `“${quote}”`, exact: true });
}

async function handIn(page: Page) {
	await page.getByRole('button', { name: 'Hand in' }).click();
	const dialog = page.getByRole('dialog');
	if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Hand in now' }).click();
	// Focus moves to what replaced the Hand in button, not to the top of the page.
	await expect(page.getByRole('heading', { name: 'Handed in' })).toBeFocused();
}

/** Prints the page to an A4 PDF, keeps it to look at, and returns its text on one line and pages. */
async function printed(page: Page, name: string) {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4' });
	await page.emulateMedia({ media: 'screen' });
	const dir = join('test-results', 'pdfs');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${name}.pdf`);
	writeFileSync(file, pdf);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	const pages = Number(
		/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]
	);
	return { flat: text.replace(/\s+/g, ' '), pages };
}

/** The claim numbers a printed sheet shows before the start of each quote, in page order. */
function numbersBeforeQuotes(flat: string, module: PublishedModule) {
	return asked(module).map((claim) => {
		const at = flat.indexOf(claim.quote.slice(0, 30));
		return Number(/(\d+)\.\s*$/.exec(flat.slice(Math.max(0, at - 12), at))?.[1]);
	});
}

test.describe('Self-study results keep the key of unanswered claims', () => {
	test('a student who has not started sees no right answer or explanation', async ({ page }) => {
		const module = await fetchModule(page, 'signal-words');
		await page.goto('/modules/signal-words/results/');
		await expect(page.getByText('Not answered yet.')).toHaveCount(asked(module).length);
		await expect(page.getByText(/Right answer/)).toHaveCount(0);
		for (const claim of asked(module)) {
			await expect(page.getByText(claim.explanation)).toHaveCount(0);
		}
		await expectNoAxeViolations(page);
	});

	test('a student half way sees feedback on answered claims only', async ({ page }) => {
		const { module, label } = await missFirstClaim(page);
		await page.goto('/modules/signal-words/results/');
		await expect(page.getByText(/Right answer/)).toHaveCount(1);
		await expect(
			page.getByText(
				`Not quite. Your answer: ${LABEL_NAMES[wrongChoice(label)]}. Right answer: ${LABEL_NAMES[label]}.`
			)
		).toBeVisible();
		const [first, ...rest] = asked(module);
		await expect(page.getByText(first.explanation)).toBeVisible();
		await expect(page.getByText('Not answered yet.')).toHaveCount(rest.length);
		for (const claim of rest) await expect(page.getByText(claim.explanation)).toHaveCount(0);
	});
});

test.describe('Test mode', () => {
	test('a student changes an answer before handing in, and the score counts the change', async ({
		page,
		context
	}) => {
		const { module, link } = await linkTo(page, { passMark: 100 });
		const claims = asked(module);
		await start(page, link, 'Dana Test');

		// Every claim of the first section answered right in its quiz, which shows no feedback.
		await page.getByRole('link', { name: 'Start: What happened' }).click();
		for (const claim of claims.filter((c) => c.section === 'the-news')) {
			await expect(quiz(page).locator('blockquote')).toHaveText(claim.quote);
			await quiz(page).getByRole('button', { name: LABEL_NAMES[claim.label], exact: true }).click();
		}
		await page.goto(link);
		const review = page.getByRole('region', { name: 'Check your answers' });
		await expect(review).toBeVisible();
		await expect(review.getByText(/Right|Not quite/)).toHaveCount(0);
		const first = reviewOf(page, claims[0].quote);
		await expect(first.getByRole('radio', { name: LABEL_NAMES[claims[0].label] })).toBeChecked();
		await expect(review.getByText('Not answered')).toHaveCount(5);

		// Another tab open on the assignment hears every change.
		const other = await context.newPage();
		await other.goto(link);
		await expect(other.getByText('Working as Dana Test.')).toBeVisible();

		// A mis-tap put right with the keyboard, then the second section filled in here.
		const changed = claims[0];
		const wrong = wrongChoice(changed.label);
		await tabTo(page, first.getByRole('radio', { checked: true }));
		await page.keyboard.press(changed.label === 'fact' ? 'ArrowDown' : 'ArrowUp');
		await expect(first.getByRole('radio', { name: LABEL_NAMES[wrong] })).toBeChecked();
		for (const claim of claims.filter((c) => c.section === 'what-next')) {
			await reviewOf(page, claim.quote)
				.getByRole('radio', { name: LABEL_NAMES[claim.label] })
				.check();
		}
		await expect(
			page.getByText(`${claims.length} of ${claims.length} claims answered.`)
		).toBeVisible();
		await expect(
			reviewOf(other, changed.quote).getByRole('radio', { name: LABEL_NAMES[wrong] })
		).toBeChecked();
		await page.reload();
		await expect(
			reviewOf(page, changed.quote).getByRole('radio', { name: LABEL_NAMES[wrong] })
		).toBeChecked();
		await expectNoAxeViolations(page);

		await handIn(page);
		await expect(page.getByRole('region', { name: 'Check your answers' })).toHaveCount(0);
		const total = claims.length;
		const percent = Math.round((100 * (total - 1)) / total);
		await expect(page.getByText(`${total - 1} of ${total} (${percent}%) right`)).toBeVisible();
		await expect(page.getByText('Not passed (pass mark 100%)')).toBeVisible();
		await expect(
			page.getByText(
				`Not quite. Your answer: ${LABEL_NAMES[wrong]}. Right answer: ${LABEL_NAMES[changed.label]}.`
			)
		).toBeVisible();
		await expect(page.getByText(/(Wrong|Missed)\. Your answer/)).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('a student who fills in every answer on the assignment page passes', async ({ page }) => {
		const { module, link } = await linkTo(page, { passMark: 60, sections: ['what-next'] });
		await start(page, link, 'Lee Pass');
		const claims = asked(module).filter((c) => c.section === 'what-next');
		for (const claim of claims) {
			await reviewOf(page, claim.quote)
				.getByRole('radio', { name: LABEL_NAMES[claim.label] })
				.check();
		}
		await handIn(page);
		await expect(page.getByText(`${claims.length} of ${claims.length} (100%) right`)).toBeVisible();
		await expect(page.getByText('Passed (pass mark 60%)')).toBeVisible();
	});

	test('the answers to check fit a phone and work by touch', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const { module, link } = await linkTo(page);
		await start(page, link, 'Sam Phone');
		const claim = asked(module)[3];
		await reviewOf(page, claim.quote).getByText(LABEL_NAMES.speculation).click();
		await expect(
			reviewOf(page, claim.quote).getByRole('radio', { name: LABEL_NAMES.speculation })
		).toBeChecked();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await expectNoAxeViolations(page);
	});

	test('practice answers stay final: there is nothing to change on the assignment page', async ({
		page
	}) => {
		const { link } = await linkTo(page, { mode: 'practice' });
		await start(page, link, 'Pat Practice');
		await expect(page.getByRole('link', { name: 'Start: What happened' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Check your answers' })).toHaveCount(0);
		await expect(page.getByRole('radio')).toHaveCount(0);
	});
});

test.describe('An assignment whose module cannot be had', () => {
	// The service worker would answer for the site here; these tests are about the network.
	test.use({ serviceWorkers: 'block', expectedConsoleErrors: [/Failed to load resource/] });

	test('a module this site does not have is named, with no talk of the connection', async ({
		page
	}) => {
		const { link } = await linkTo(page, { moduleId: 'no-such-module' });
		await page.goto(link);
		await expect(page.getByRole('alert')).toHaveText(
			/^This assignment is for a module this site does not have: no-such-module\. Ask your teacher/
		);
		await expect(page.getByText(/connection/)).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('a network that fails or a host in trouble is still a matter of the connection', async ({
		page
	}) => {
		const { link } = await linkTo(page);
		for (const answer of ['offline', 'server error'] as const) {
			await page.unrouteAll();
			await page.route('**/modules/signal-words.json', (route) =>
				answer === 'offline'
					? route.abort('internetdisconnected')
					: route.fulfill({ status: 503, body: 'Service Unavailable' })
			);
			await page.goto('/');
			await page.goto(link);
			await expect(page.getByRole('alert')).toHaveText(
				'The module for this assignment could not be loaded. Check your connection and reload the page.'
			);
		}
	});
});

test.describe('Preview as a student', () => {
	test('shows the page a student first sees, and saves or changes nothing', async ({ page }) => {
		const { module, link } = await linkTo(page, { passMark: 70 });
		// A student already works on this assignment in this browser.
		await start(page, link, 'Robin Park');
		await page.getByRole('link', { name: 'Start: What happened' }).click();
		await quiz(page).getByRole('button', { name: 'Stated fact', exact: true }).click();
		await page.goto('/');
		const before = await page.evaluate(() => ({ ...localStorage }));
		expect(Object.keys(before).some((key) => key.includes('T3STMD'))).toBe(true);

		await page.goto(link.replace('/assignment/#', '/assignment/?preview=1#'));
		await expect(
			page.getByText('Preview: this is what your students see. Nothing here is saved or handed in.')
		).toBeVisible();
		await expect(page.getByRole('heading', { level: 1, name: 'Signal words test' })).toBeVisible();
		await expect(page.getByText('Pass mark')).toBeVisible();
		await expect(page.getByText(/Robin Park|Working as/)).toHaveCount(0);
		await expect(page.getByLabel('Your name, as your teacher asked for it')).toHaveCount(0);
		await expect(page.getByRole('button', { name: /Hand in|Start/ })).toHaveCount(0);
		for (const section of module.sections) {
			await expect(page.getByRole('link', { name: section.title })).toHaveAttribute(
				'href',
				new RegExp(`/modules/signal-words/${section.id}$`)
			);
		}
		await expectNoAxeViolations(page);
		expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(before);

		// The student's own link still opens their work as it was.
		await page.goto(link);
		await expect(page.getByText('Working as Robin Park. 1 of 15 claims answered.')).toBeVisible();
	});

	test('in a browser with no work, a preview leaves storage empty', async ({ page }) => {
		const { link } = await linkTo(page);
		await page.goto(link.replace('/assignment/#', '/assignment/?preview=1#'));
		await expect(page.getByText(/^Preview:/)).toBeVisible();
		await page.getByRole('link', { name: 'What happened' }).focus();
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
	});
});

test.describe('Printed answer sheets', () => {
	test('number claims straight through, as the worksheet does, with the title in the footer', async ({
		page
	}) => {
		const { module, link } = await linkTo(page, { title: 'Week 3 check' });
		const count = asked(module).length;
		const straight = Array.from({ length: count }, (_, i) => i + 1);

		await page.goto('/modules/signal-words/results/');
		await page.getByLabel('Your name, for the printed answer sheet').fill('Ana Lima');
		const results = await printed(page, 'results-numbering');
		expect(numbersBeforeQuotes(results.flat, module)).toEqual(straight);
		expect(results.flat.split(`${module.title} · Answer sheet`).length - 1).toBe(results.pages);

		await start(page, link, 'Ana Lima');
		await handIn(page);
		const sheet = await printed(page, 'handed-in-numbering');
		expect(numbersBeforeQuotes(sheet.flat, module)).toEqual(straight);
		expect(sheet.flat).toMatch(/Page 1 of \d+/);
		expect(sheet.flat.split('Week 3 check · Answer sheet').length - 1).toBe(sheet.pages);
	});
});
