import type { Browser, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	LABEL_NAMES,
	labelOfCurrentClaim,
	quiz,
	test,
	wrongChoice,
	type PublishedModule
} from './fixtures';

interface AssignmentOptions {
	title: string;
	mode?: 'Practice' | 'Test';
	due?: string;
	sections?: string[];
}

/** The teacher fills in the form and gets the link for students. */
async function makeAssignment(page: Page, options: AssignmentOptions) {
	await page.goto('/teach/');
	await page.getByRole('radio', { name: 'Signal words: fact, guess or opinion?' }).check();
	if (options.sections) {
		for (const box of await page
			.getByRole('group', { name: 'Sections' })
			.getByRole('checkbox')
			.all()) {
			const name = (await box.evaluate((el) => el.parentElement?.textContent ?? '')).trim();
			await box.setChecked(options.sections.includes(name));
		}
	}
	await page.getByRole('radio', { name: new RegExp(`^${options.mode ?? 'Practice'}:`) }).check();
	await page.getByLabel('Title').fill(options.title);
	await page
		.getByLabel('Instructions for students (optional)')
		.fill('Use your first name and surname.');
	if (options.due) await page.getByLabel('Due date (optional)').fill(options.due);
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByRole('heading', { name: /^Assignment \w{6} is ready$/ })).toBeFocused();
	await expect(page.getByRole('img', { name: /QR code of the assignment link/ })).toBeVisible();
	return page.getByLabel('Link for students').inputValue();
}

/** A student opens the link in their own browser, at a time of the test's choosing. */
async function studentOpens(browser: Browser, link: string, name: string, now: string) {
	const context = await browser.newContext();
	await context.clock.install({ time: new Date(now) });
	const page = await context.newPage();
	// Let time flow from there, timers and all.
	await page.clock.resume();
	await page.goto(link);
	await page.getByLabel('Your name, as your teacher asked for it').fill(name);
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	return page;
}

/** Answers every section of the assignment, getting `wrong` claims wrong, then hands in. */
async function doAssignment(page: Page, module: PublishedModule, wrong: number, practice = true) {
	let mistakes = 0;
	await page.getByRole('link', { name: /^Start: / }).click();
	const region = quiz(page);
	for (;;) {
		const done = region.getByRole('heading', { name: /^(Section score|Section done)/ });
		await expect(
			region.getByRole('heading', { name: /^(Claim \d+ of \d+|Section score.*|Section done)$/ })
		).toBeVisible();
		if (await done.isVisible()) {
			const onward = region.getByRole('link', { name: /^(Next section|Back to your assignment)/ });
			const last = (await onward.innerText()).startsWith('Back');
			const target = new URL((await onward.getAttribute('href'))!, page.url()).href;
			await onward.click();
			await expect(page).toHaveURL(target);
			if (last) break;
			await expect(region.getByRole('heading', { name: /^Claim 1 of \d+$/ })).toBeVisible();
			continue;
		}
		const label = await labelOfCurrentClaim(page, module);
		const choice = mistakes < wrong ? wrongChoice(label) : label;
		if (choice !== label) mistakes++;
		await region.getByRole('button', { name: LABEL_NAMES[choice], exact: true }).click();
		if (practice) await region.getByRole('button', { name: 'Next' }).click();
	}
	await page.getByRole('button', { name: 'Hand in' }).click();
	await expect(page.getByRole('heading', { name: 'Handed in' })).toBeVisible();
	return page.getByLabel('Your result code').inputValue();
}

test.describe('Assignments', () => {
	test('a teacher assigns, three students hand in, and the teacher sees the class', async ({
		page,
		browser
	}) => {
		test.setTimeout(120_000);
		const module = await fetchModule(page, 'signal-words');
		const asked = module.claims.filter((c) => c.label !== 'opinion').length;
		const link = await makeAssignment(page, { title: 'Warm-up homework', due: '2026-12-01' });
		expect(link).toMatch(/\/assignment\/#A2\./);

		const ana = await studentOpens(browser, link, 'Ana Lima', '2026-11-30T10:00:00');
		await expect(ana.getByRole('heading', { level: 1, name: 'Warm-up homework' })).toBeVisible();
		await expect(ana.getByText('Use your first name and surname.')).toBeVisible();
		const anaCode = await doAssignment(ana, module, 0);

		const ben = await studentOpens(browser, link, 'Ben Okafor', '2026-12-02T09:00:00');
		const benCode = await doAssignment(ben, module, 2);

		const cleo = await studentOpens(browser, link, 'Cleo Diaz', '2026-11-30T11:00:00');
		const cleoCode = await doAssignment(cleo, module, 1);
		const corrupted =
			cleoCode.slice(0, 20) + (cleoCode[20] === 'x' ? 'y' : 'x') + cleoCode.slice(21);

		// Self-study progress of the same module is untouched by assignment work.
		await ana.goto('/modules/signal-words/');
		await expect(ana.getByText(/^Not started/)).toHaveCount(2);

		await page.goto('/teach/results/');
		await page
			.getByLabel('Paste result codes, one or many at once')
			.fill(`${anaCode}\n${benCode}\n${corrupted}`);
		await page.getByRole('button', { name: 'Add results' }).click();
		const messages = page.getByRole('status').filter({ hasText: 'Added' });
		await expect(messages).toContainText('Added: Ana Lima');
		await expect(messages).toContainText('Added: Ben Okafor');
		await expect(messages).toContainText(
			'Not added: This result code is incomplete or has a typing mistake'
		);

		const table = page.getByRole('table', { name: /Class table/ });
		await expect(table.getByRole('row')).toHaveCount(3);
		const anaRow = table.getByRole('row', { name: /Ana Lima/ });
		await expect(anaRow).toContainText(`${asked} of ${asked} right (100%)`);
		await expect(anaRow).toContainText('on time');
		const benRow = table.getByRole('row', { name: /Ben Okafor/ });
		await expect(benRow).toContainText(`${asked - 2} of ${asked}`);
		await expect(benRow).toContainText('late');

		const items = page.getByRole('table', { name: 'Claims, most missed first' });
		await expect(items.getByRole('row').nth(1)).toContainText('1 of 2');
		await expect(items.getByRole('row').last()).toContainText('2 of 2');

		// The same code again changes nothing.
		await page.getByLabel('Paste result codes, one or many at once').fill(anaCode);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Already added' })).toContainText(
			'Already added: Ana Lima'
		);
		await expect(table.getByRole('row')).toHaveCount(3);

		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).click();
		const csv = readFileSync((await (await downloading).path())!, 'utf8');
		expect(csv.startsWith('\uFEFFStudent,Handed in,Late,')).toBe(true);
		expect(csv).toContain(`Ana Lima,2026-11-30`);
		expect(csv).toMatch(/Ben Okafor,2026-12-02 \d\d:\d\d UTC,yes,/);

		await expectNoAxeViolations(page);
	});

	test('in test mode students see no feedback until they hand in, then see it all', async ({
		page,
		browser
	}) => {
		const module = await fetchModule(page, 'signal-words');
		const link = await makeAssignment(page, {
			title: 'Quick test',
			mode: 'Test',
			sections: ['What happened']
		});
		const student = await studentOpens(browser, link, 'Dana', '2026-11-25T09:00:00');
		await student.getByRole('link', { name: 'Start: What happened' }).click();
		const region = quiz(student);
		await region.getByRole('button', { name: 'Speculation' }).click();
		await expect(region.getByRole('heading', { name: /^Claim 2 of/ })).toBeVisible();
		await expect(region.getByText(/Not quite|Right:/)).toHaveCount(0);

		await student.reload();
		await expect(region.getByRole('heading', { name: /^Claim 2 of/ })).toBeVisible();
		await student.goto(link);
		await student.getByRole('button', { name: 'Hand in' }).click();
		const dialog = student.getByRole('dialog', { name: /Hand in with \d+ claims unanswered\?/ });
		await dialog.getByRole('button', { name: 'Hand in now' }).click();
		await expect(student.getByRole('heading', { name: 'Answer sheet' })).toBeVisible();
		await expect(student.getByText(/^(✗ Not quite|Not answered)\./).first()).toBeVisible();
		const explanation = module.claims.find((c) => c.section === 'the-news')!.explanation;
		await expect(student.getByText(explanation)).toBeVisible();

		// The handed-in answer sheet prints with the name, score and answers, and no buttons.
		await student.emulateMedia({ media: 'print' });
		const file = test.info().outputPath('handed-in-answer-sheet.pdf');
		await student.pdf({ path: file, format: 'A4' });
		await student.emulateMedia({ media: 'screen' });
		await test
			.info()
			.attach('handed-in-answer-sheet.pdf', { path: file, contentType: 'application/pdf' });
		const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		expect(text).toContain('Name Dana');
		expect(text).toMatch(/Score 0 of \d+ \(0%\) right/);
		expect(text).toContain('Quick test');
		expect(text).not.toContain('Copy code');

		await expectNoAxeViolations(student);
	});

	test('handing in from one tab ends the work on sections open in another', async ({
		page,
		browser
	}) => {
		const link = await makeAssignment(page, { title: 'Two tabs', sections: ['What happened'] });
		const student = await (await browser.newContext()).newPage();
		await student.goto(link);
		await student.getByLabel('Your name, as your teacher asked for it').fill('Robin Park');
		await student.getByRole('button', { name: 'Start the assignment' }).click();
		await student.getByRole('link', { name: /^Start: / }).click();
		await expect(quiz(student).getByRole('heading', { name: /^Claim 1 of/ })).toBeVisible();
		await expect(student).toHaveURL(/\/modules\/signal-words\/the-news\/\?assignment=\w{6}$/);
		const other = await student.context().newPage();
		await other.goto(student.url());
		await expect(quiz(other).getByRole('heading', { name: /^Claim 1 of/ })).toBeVisible();

		// An answer in one tab reaches the other; the hand-in then ends the work in both.
		await quiz(student).getByRole('button', { name: 'Stated fact' }).click();
		await expect(quiz(other).getByRole('heading', { name: /^Claim 2 of/ })).toBeVisible();
		await student.goto(link);
		await student.getByRole('button', { name: 'Hand in' }).click();
		await student.getByRole('dialog').getByRole('button', { name: 'Hand in now' }).click();
		await expect(student.getByRole('heading', { name: 'Handed in' })).toBeVisible();
		await expect(other.getByRole('alert')).toHaveText(
			'This section cannot be done in your assignment here. Your assignment page says why.'
		);
		await other.getByRole('link', { name: 'Go to your assignment' }).click();
		await expect(other.getByRole('heading', { name: 'Handed in' })).toBeVisible();
		await student.context().close();
	});

	test("a teacher's two tabs keep every assignment and result between them", async ({
		page: makingTab,
		context,
		browser
	}) => {
		const module = await fetchModule(makingTab, 'signal-words');
		const resultsTab = await context.newPage();
		await resultsTab.goto('/teach/results/');
		await expect(resultsTab.getByText('No assignments in this browser yet.')).toBeVisible();
		const first = (results: string) =>
			resultsTab.getByRole('radio', {
				name: new RegExp(`^First homework \\(\\w{6}\\), ${results}$`)
			});

		const link = await makeAssignment(makingTab, {
			title: 'First homework',
			sections: ['What happened']
		});
		// The results tab shows the new assignment without a reload.
		await expect(first('0 results')).toBeVisible();
		const student = await studentOpens(browser, link, 'Ana Lima', '2026-11-25T10:00:00');
		const code = await doAssignment(student, module, 0);
		await resultsTab.getByLabel('Paste result codes, one or many at once').fill(code);
		await resultsTab.getByRole('button', { name: 'Add results' }).click();
		await expect(first('1 result')).toBeVisible();

		// The other tab, open since before the result came in, makes a second assignment.
		await makingTab.getByLabel('Title').fill('Second homework');
		await makingTab.getByRole('button', { name: 'Create assignment' }).click();
		await expect(
			resultsTab.getByRole('radio', { name: /^Second homework \(\w{6}\), 0 results$/ })
		).toBeVisible();
		await expect(first('1 result')).toBeVisible();
		await resultsTab.reload();
		await expect(first('1 result')).toBeVisible();
	});

	test('a student who visited once does and hands in an assignment with no network', async ({
		page,
		context
	}) => {
		const module = await fetchModule(page, 'signal-words');
		const link = await makeAssignment(page, {
			title: 'Offline homework',
			sections: ['What happened']
		});
		// One visit while online keeps the whole site in this browser.
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await context.setOffline(true);

		await page.goto(link);
		await page.getByLabel('Your name, as your teacher asked for it').fill('Sam Lee');
		await page.getByRole('button', { name: 'Start the assignment' }).click();
		const code = await doAssignment(page, module, 1);
		expect(code).toMatch(/^R1\./);
	});

	test('a section opened with an assignment this browser never started points to the assignment', async ({
		page
	}) => {
		await page.goto('/modules/signal-words/the-news/?assignment=ZZZZZZ');
		await expect(page.getByRole('alert')).toHaveText(
			'This section cannot be done in your assignment here. Your assignment page says why.'
		);
		// Nothing is written for an assignment that is not there.
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Go to your assignment' }).click();
		await expect(page.getByText('This browser has no assignment with that code.')).toBeVisible();
	});

	test('a mangled link or a code for another assignment gets a clear message', async ({ page }) => {
		const link = await makeAssignment(page, { title: 'Homework' });
		await page.goto(link.slice(0, -5));
		await expect(page.getByRole('alert')).toHaveText(/incomplete or was changed on the way/);

		await page.goto('/teach/results/');
		await page.getByLabel('Paste result codes, one or many at once').fill('hello there');
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Not added' })).toContainText(
			'not a Claimwise result code'
		);

		await page.getByLabel('Choose result files').setInputFiles({
			name: 'essay.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"title":"My essay"}')
		});
		await expect(page.getByRole('status').filter({ hasText: 'Not added' })).toContainText(
			'essay.json: This file is not a Claimwise result file'
		);

		await page.getByLabel('Import a collection').setInputFiles({
			name: 'collection.json',
			mimeType: 'application/json',
			buffer: Buffer.from('not json at all')
		});
		await expect(page.getByText('This file is not a Claimwise collection.')).toBeVisible();
		await expect(
			page
				.getByRole('radiogroup', { name: 'Assignment' })
				.or(page.getByRole('group', { name: 'Assignment' }))
		).toContainText('Homework');
	});

	test('a teacher can make an assignment with the keyboard alone', async ({ page }) => {
		await page.goto('/teach/');
		// The form is disabled until the page's script runs; a teacher cannot type into it before.
		await expect(page.getByLabel('Title')).toBeEnabled();
		await page.getByLabel('Title').focus();
		await page.keyboard.type('Keyboard homework');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: /^Assignment \w{6} is ready$/ })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Link for students')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
		await expectNoAxeViolations(page);
	});
});
