import { COLLECTION_KEY } from '../src/lib/storage/keys';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodeAssignment } from '../src/lib/codes/assignment-link';
import { encodeResult } from '../src/lib/codes/result-code';
import { expect, expectNoAxeViolations, fetchModule, test } from './fixtures';

interface Student {
	name: string;
	/** Seconds since 1970: with the name, what tells one student's work from another's. */
	startedAt: number;
	/** Seconds spent. */
	spent: number;
	/** How many claims, from the first, were answered (all "Stated fact"). */
	answered?: number;
}

const START = Date.parse('2026-11-29T17:40:00Z') / 1000;

/** Saves a teacher's collection with one assignment of the warm-up and these hand-ins. */
async function saveCollection(page: Page, students: Student[]) {
	const module = await fetchModule(page, 'signal-words');
	const asked = module.claims.filter((claim) => claim.label !== 'opinion').length;
	const assignment = {
		code: 'K7P2QX',
		moduleId: 'signal-words',
		contentVersion: module.version,
		sections: module.sections.map((section) => section.id),
		sorting: 'two-way' as const,
		mode: 'practice' as const,
		passMark: null,
		title: 'Homework on signal words',
		instructions: '',
		due: null
	};
	const results = students.map(({ name, startedAt, spent, answered = asked }) => ({
		code: encodeResult({
			assignmentCode: 'K7P2QX',
			moduleId: 'signal-words',
			contentVersion: module.version,
			studentName: name,
			startedAt,
			handedInAt: startedAt + spent,
			answers: Array.from({ length: asked }, (_, i) => (i < answered ? 'fact' : null)),
			answeredAfter: Array.from({ length: asked }, (_, i) => (i < answered ? 5 : null))
		}),
		receivedAt: '2026-11-29T19:00:00.000Z'
	}));
	const collection = {
		version: 1,
		assignments: [
			{ link: encodeAssignment(assignment), createdAt: '2026-11-29T09:00:00.000Z', results }
		]
	};
	await page.addInitScript(
		([key, saved]) => localStorage.setItem(key, saved),
		[COLLECTION_KEY, JSON.stringify(collection)]
	);
	return asked;
}

const table = (page: Page) => page.getByRole('table', { name: /^Class table/ });
const NOTE = 'Same name as another student: check with them';

test.describe('The class table tells students apart', () => {
	for (const size of [
		{ width: 390, height: 844 },
		{ width: 1366, height: 768 }
	]) {
		test(`two students with the same name are two rows, each with a note (${size.width}×${size.height})`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await saveCollection(page, [
				{ name: 'Alex Smith', startedAt: START, spent: 600 },
				{ name: 'alex smith', startedAt: START + 30, spent: 600 },
				{ name: 'Alex Smith', startedAt: START + 90, spent: 900 },
				// The same work handed in again later: it replaces the first hand-in.
				{ name: 'Ben Okafor', startedAt: START, spent: 300, answered: 2 },
				{ name: 'Ben Okafor', startedAt: START, spent: 700 }
			]);
			await page.goto('/teach/results/');
			await expect(page.getByRole('table', { name: 'Class table: 4 students' })).toBeVisible();
			const alexes = table(page).getByRole('row', { name: /alex smith/i });
			await expect(alexes).toHaveCount(3);
			for (const row of await alexes.all()) await expect(row).toContainText(NOTE);
			const bens = table(page).getByRole('row', { name: /Ben Okafor/ });
			await expect(bens).toHaveCount(2);
			await expect(bens.filter({ hasText: 'earlier hand-in, not counted' })).toHaveCount(1);
			await expect(table(page).getByText(NOTE)).toHaveCount(3);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				size.width
			);
			await expectNoAxeViolations(page);
		});
	}

	test('an Answered column shows how much each student answered; unanswered is not wrong', async ({
		page
	}) => {
		const asked = await saveCollection(page, [
			{ name: 'Chloé', startedAt: START, spent: 400, answered: 2 },
			{ name: 'Dana', startedAt: START, spent: 400 }
		]);
		await page.goto('/teach/results/');
		await expect(table(page).getByRole('columnheader', { name: 'Answered' })).toBeVisible();
		const chloe = table(page).getByRole('row', { name: /Chloé/ });
		await expect(chloe.getByRole('cell').first()).toHaveText(`2 of ${asked}`);
		await expect(chloe).toContainText('Not answered');
		await expect(chloe).not.toContainText(/wrong|missed|incorrect/i);
		await expect(
			table(page).getByRole('row', { name: /Dana/ }).getByRole('cell').first()
		).toHaveText(`${asked} of ${asked}`);

		// A claim Chloé left out counts for those who answered it, and says one did not.
		const items = page.getByRole('table', { name: 'Claims, most missed first' });
		await expect(items).toContainText(/\d of 1, 1 not answered/);

		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).click();
		const csv = readFileSync((await (await downloading).path())!, 'utf8');
		const [header, ...lines] = csv.replace('\uFEFF', '').trim().split('\r\n');
		const answered = header.split(',').indexOf('Answered');
		expect(answered).toBeGreaterThan(0);
		expect(lines.find((line) => line.startsWith('Chloé,'))!.split(',')[answered]).toBe('2');
	});
});

test.describe('The CSV agrees with the table', () => {
	test.use({ timezoneId: 'Europe/Berlin' });

	test('minutes and the time handed in, in the teacher’s zone with the zone named', async ({
		page
	}) => {
		await saveCollection(page, [
			// 20 s rounds up to the table's least, 1 min; 150 s is 2.5 minutes.
			{ name: 'Ana Lima', startedAt: START, spent: 20 },
			{ name: 'Ben Okafor', startedAt: START + 3600, spent: 150 },
			{ name: 'Cai Wen', startedAt: START + 7200, spent: 1_470 }
		]);
		await page.goto('/teach/results/');
		await expect(
			table(page).getByRole('columnheader', { name: 'Handed in (Europe/Berlin)' })
		).toBeVisible();
		const headers = await table(page).getByRole('columnheader').allTextContents();
		const minutesColumn = headers.indexOf('Time spent');
		const timeColumn = headers.indexOf('Handed in (Europe/Berlin)');
		const shown = new Map<string, { minutes: string; time: string }>();
		for (const row of await table(page).getByRole('row').all()) {
			const cells = await row.locator('th, td').allTextContents();
			if (cells[0] === 'Student') continue;
			shown.set(cells[0].trim(), { minutes: cells[minutesColumn], time: cells[timeColumn] });
		}
		// 17:40 UTC is 18:40 in Berlin; Ana handed in 20 s later.
		expect(shown.get('Ana Lima')).toEqual({ minutes: '1 min', time: '2026-11-29 18:40' });

		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).click();
		const csv = readFileSync((await (await downloading).path())!, 'utf8');
		const [header, ...lines] = csv.replace('\uFEFF', '').trim().split('\r\n');
		const columns = header.split(',');
		expect(lines).toHaveLength(3);
		for (const line of lines) {
			const cells = line.split(',');
			const inTable = shown.get(cells[0])!;
			expect(`${cells[columns.indexOf('Minutes spent')]} min`).toBe(inTable.minutes);
			expect(cells[columns.indexOf('Handed in')]).toBe(`${inTable.time} Europe/Berlin`);
		}
	});
});
