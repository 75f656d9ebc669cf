import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectNoAxeViolations, test } from './fixtures';

const MODULE = 'Signal words: fact, guess or opinion?';

/** The teacher fills in the form (one section, to keep it short) and creates the assignment. */
async function fillAssignment(
	page: Page,
	options: { title: string; instructions?: string; due?: string }
) {
	await page.goto('/teach/');
	await page.getByRole('radio', { name: MODULE }).check();
	const boxes = page.getByRole('group', { name: 'Sections' }).getByRole('checkbox');
	for (const box of (await boxes.all()).slice(1)) await box.uncheck();
	await page.getByLabel('Title').fill(options.title);
	if (options.instructions)
		await page.getByLabel('Instructions for students (optional)').fill(options.instructions);
	if (options.due) await page.getByLabel('Due date (optional)').fill(options.due);
}

async function create(page: Page) {
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByRole('heading', { name: /^Assignment \w{6} is ready$/ })).toBeFocused();
	return page.getByLabel('Link for students').inputValue();
}

/**
 * A student's own browser, in their time zone and at their time, watched like the test's own
 * page: any uncaught error fails the test.
 */
async function studentBrowser(browser: Browser, options: BrowserContextOptions, now: string) {
	const context = await browser.newContext(options);
	const errors: string[] = [];
	context.on('page', (tab) => {
		tab.on('pageerror', (error) => errors.push(error.message));
		tab.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
	});
	await context.clock.install({ time: new Date(now) });
	const page = await context.newPage();
	await page.clock.resume();
	return { page, errors, close: () => context.close() };
}

/** The student starts and hands in at once, answering nothing. */
async function handInBlank(page: Page, link: string, name: string) {
	await page.goto(link);
	await page.getByLabel('Your name, as your teacher asked for it').fill(name);
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	await page.getByRole('button', { name: 'Hand in' }).click();
	await page.getByRole('button', { name: 'Hand in now' }).click();
	await expect(page.getByRole('heading', { name: 'Handed in' })).toBeVisible();
	return page.getByLabel('Your result code').inputValue();
}

async function addCodes(page: Page, codes: string[]) {
	await page.goto('/teach/results/');
	await page.getByLabel('Paste result codes, one or many at once').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByRole('table', { name: /^Class table/ })).toBeVisible();
}

test.describe('Due dates across time zones', () => {
	test.use({ timezoneId: 'Europe/Berlin' });

	test('a teacher in Berlin and students in Los Angeles see the same deadline and the same lateness', async ({
		page,
		browser
	}) => {
		test.setTimeout(120_000);
		await page.clock.install({ time: new Date('2027-03-01T10:00:00+01:00') });
		await fillAssignment(page, { title: 'Before the weekend', due: '2027-03-12' });
		await expect(page.getByText('Due at 23:59 that day, Berlin time')).toBeVisible();
		const link = await create(page);
		const deadline = 'Friday 12 March, 23:59 Berlin time';
		await expect(page.getByText(`Due ${deadline}.`)).toBeVisible();

		// 14:30 in Los Angeles is 23:30 in Berlin: on time.
		const early = await studentBrowser(
			browser,
			{ timezoneId: 'America/Los_Angeles' },
			'2027-03-12T14:30:00-08:00'
		);
		await early.page.goto(link);
		await expect(early.page.getByText(deadline)).toBeVisible();
		await expect(early.page.getByText('(Friday 12 March, 14:59 your time)')).toBeVisible();
		await expect(early.page.getByText('The due time has passed')).toHaveCount(0);
		const onTime = await handInBlank(early.page, link, 'Ana Lima');
		await expect(early.page.getByText('Handed in late')).toHaveCount(0);

		// 22:00 on the due day in Los Angeles is 07:00 the next morning in Berlin: late.
		const late = await studentBrowser(
			browser,
			{ timezoneId: 'America/Los_Angeles' },
			'2027-03-12T22:00:00-08:00'
		);
		await late.page.goto(link);
		await expect(late.page.getByText(deadline)).toBeVisible();
		await late.page.getByLabel('Your name, as your teacher asked for it').fill('Ben Okafor');
		await late.page.getByRole('button', { name: 'Start the assignment' }).click();
		await expect(late.page.getByText('The due time has passed')).toBeVisible();
		await late.page.getByRole('button', { name: 'Hand in' }).click();
		await late.page.getByRole('button', { name: 'Hand in now' }).click();
		const lateCode = await late.page.getByLabel('Your result code').inputValue();
		await expect(late.page.getByText(`Handed in late: it was due ${deadline}.`)).toBeVisible();
		await expectNoAxeViolations(late.page);

		await page.clock.setSystemTime(new Date('2027-03-15T08:00:00+01:00'));
		await addCodes(page, [onTime, lateCode]);
		await expect(page.getByText(`due ${deadline}`)).toBeVisible();
		const table = page.getByRole('table', { name: /^Class table/ });
		await expect(table.getByRole('row', { name: /Ana Lima/ })).toContainText('on time');
		await expect(table.getByRole('row', { name: /Ben Okafor/ })).toContainText('late');
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).click();
		const csv = readFileSync((await (await downloading).path())!, 'utf8');
		expect(csv).toMatch(/\r\nAna Lima,2027-03-12 23:30 Europe\/Berlin,no,/);
		expect(csv).toMatch(/\r\nBen Okafor,2027-03-13 07:00 Europe\/Berlin,yes,/);

		expect([...early.errors, ...late.errors]).toEqual([]);
		await early.close();
		await late.close();
	});
});

const repeat = (sample: string, characters: number) => {
	const chars = [...sample];
	return Array.from({ length: characters }, (_, i) => chars[i % chars.length]).join('');
};

test.describe('Long assignments', () => {
	test('700 Chinese characters give a working link without a QR code, and more are refused with a reason', async ({
		page,
		browser
	}) => {
		test.setTimeout(90_000);
		const chinese = repeat('请仔细阅读每一部分并判断事实与猜测', 700);
		await fillAssignment(page, { title: '事实与猜测', instructions: chinese });
		await expect(page.getByText(/Room for about \d+ more characters like these/)).toBeVisible();
		await expect(
			page.getByText('Too long for a QR code that phones can scan from the board')
		).toBeVisible();
		const link = await create(page);
		await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
		await expect(page.getByText(/^This link is too long for (any|a) QR code/)).toBeVisible();
		await expectNoAxeViolations(page);

		// Every script fills the link at its own rate: 1,000 Chinese characters do not fit.
		await page.getByLabel('Instructions for students (optional)').fill(repeat(chinese, 1000));
		const alert = page.getByRole('alert').filter({ hasText: 'characters too long' });
		await expect(alert).toContainText(
			/The link would be \d+ characters too long for students’ browsers to open: shorten the instructions or the title\./
		);
		await page.getByRole('button', { name: 'Create assignment' }).click();
		await expect(page.getByLabel('Instructions for students (optional)')).toBeFocused();
		await expect(page.getByLabel('Link for students')).toHaveValue(link);
		await expectNoAxeViolations(page);

		// Only the assignment that fits was saved.
		await page.goto('/teach/results/');
		await expect(page.getByRole('group', { name: 'Assignment' }).getByRole('radio')).toHaveCount(1);

		const student = await studentBrowser(browser, {}, '2027-03-01T10:00:00Z');
		await student.page.goto(link);
		await expect(student.page.getByRole('heading', { level: 1, name: '事实与猜测' })).toBeVisible();
		await expect(student.page.getByText(chinese)).toBeVisible();
		expect(student.errors).toEqual([]);
		await student.close();
	});

	test('the room left is right in every script: what it says still fits, a little more does not', async ({
		page
	}) => {
		test.setTimeout(90_000);
		// Three bytes a character and no spaces: the link fills before the field does.
		const linkBound = {
			Chinese: '请仔细阅读每一部分并判断事实与猜测',
			Japanese: '各部分をよく読んで事実と推測を見分けましょう',
			Thai: 'อ่านแต่ละส่วนอย่างระมัดระวัง'
		};
		// Fewer bytes a character, or spaces between words (an emoji is two code units): the field
		// fills first.
		const fieldBound = {
			Korean: '각 부분을 주의 깊게 읽으세요',
			Hindi: 'हर भाग को ध्यान से पढ़ें',
			Cyrillic: 'Прочитайте каждый раздел внимательно. ',
			Arabic: 'اقرأ كل قسم بعناية وميز الحقائق. ',
			emoji: '📰🤔✅❓'
		};
		await fillAssignment(page, { title: 'Room' });
		const field = page.getByLabel('Instructions for students (optional)');
		const room = page.getByText(/Room for about \d+ more/);
		const tooLong = page.getByRole('alert').filter({ hasText: 'characters too long' });
		const roomLeft = async () => Number(/about (\d+) more/.exec(await room.innerText())![1]);
		for (const sample of Object.values(linkBound)) {
			const start = repeat(sample, 300);
			await field.fill(start);
			const left = await roomLeft();
			await field.fill(start + repeat(sample, left));
			await expect(tooLong).toHaveCount(0);
			await field.fill(start + repeat(sample, left + 10));
			await expect(tooLong).toBeVisible();
		}
		for (const sample of Object.values(fieldBound)) {
			const start = repeat(sample, 300);
			await field.fill(start);
			const left = await roomLeft();
			const full = start + repeat(sample, left);
			expect(full.length).toBeGreaterThan(990);
			expect(full.length).toBeLessThanOrEqual(1000);
			await field.fill(full);
			await expect(tooLong).toHaveCount(0);
		}
		await field.fill(repeat(fieldBound.Cyrillic, 1000));
		await expect(tooLong).toHaveCount(0);
		const link = await create(page);
		await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
		await expect(page.getByText(/^This link is too long for (any|a) QR code/)).toBeVisible();
		expect(link).toMatch(/#A2\./);
	});
});

test.describe('Spreadsheets', () => {
	// German Windows: Excel expects ";" between cells.
	test.use({ locale: 'de-DE' });

	test('names that look like numbers or dates open as typed, in a CSV and an Excel file that open in columns', async ({
		page,
		browser
	}) => {
		test.setTimeout(120_000);
		await fillAssignment(page, { title: 'Names' });
		const link = await create(page);
		const names = ['00731', '3/4', 'Ann Tu'];
		const codes: string[] = [];
		for (const name of names) {
			const student = await studentBrowser(browser, {}, '2026-11-30T10:00:00Z');
			codes.push(await handInBlank(student.page, link, name));
			expect(student.errors).toEqual([]);
			await student.close();
		}
		await addCodes(page, codes);
		const table = page.getByRole('table', { name: /^Class table/ });
		for (const name of names)
			await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();

		let downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).click();
		const csv = readFileSync((await (await downloading).path())!, 'utf8');
		expect(csv.startsWith('\uFEFFStudent;Handed in;Late;')).toBe(true);
		expect(csv).toContain('\r\n"=""00731""";2026-11-30');
		expect(csv).toContain('\r\n"=""3/4""";2026-11-30');
		expect(csv).toContain('\r\nAnn Tu;2026-11-30');

		downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download Excel file' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toMatch(/^claimwise-\w{6}-Names\.xlsx$/);
		const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
		const shared = strFromU8(files['xl/sharedStrings.xml']);
		const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
		for (const name of names) expect(shared).toContain(`>${name}</t>`);
		// Every name cell (column A, below the header) is a text cell.
		const nameCells = [...sheet.matchAll(/<c r="A([2-9])"([^>]*)>/g)];
		expect(nameCells).toHaveLength(3);
		for (const [, , attributes] of nameCells) expect(attributes).toMatch(/t="s"/);
		await expectNoAxeViolations(page);
	});
});
