import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, fetchModule, tabTo, test } from './fixtures';
import { FORMATS, printToPdf } from './print-to-pdf';

type Label = 'fact' | 'speculation' | 'opinion';
interface Claim {
	section: string;
	quote: string;
	label: Label;
	accepts?: { label: Label }[];
}

const LETTERS: Record<Label, string> = { fact: 'F', speculation: 'S', opinion: 'O' };

/** The claims a worksheet asks about, in its order: the chosen sections, opinions only three-way. */
async function askedClaims(page: Page, sections: string[] | null, threeWay: boolean) {
	const module = await fetchModule(page, 'azerbaijan-russia');
	const claims = module.claims as Claim[];
	return module.sections
		.filter((section) => !sections || sections.includes(section.id))
		.flatMap((section) => claims.filter((claim) => claim.section === section.id))
		.filter((claim) => threeWay || claim.label !== 'opinion');
}

/** What the grid should say for a claim: its letter, and any other letter on offer that counts. */
function gridAnswer(claim: Claim, threeWay: boolean) {
	const also = (claim.accepts ?? [])
		.map((accepted) => accepted.label)
		.filter((label) => threeWay || label !== 'opinion')
		.map((label) => LETTERS[label]);
	return LETTERS[claim.label] + (also.length ? ` (or ${also.join(' or ')})` : '');
}

/** The grid's entries as printed: "number answer", e.g. "12 S (or O)". */
function gridEntries(flat: string) {
	return [
		...flat.matchAll(/(?<=^|\s)(\d{1,3}) ([FSO](?: \(or [FSO](?: or [FSO])*\))?)(?=\s|$)/g)
	].map((m) => `${m[1]} ${m[2]}`);
}

/**
 * The worksheet's numbered claims as "number: start of quote", next to what they should be: the
 * claims asked, numbered from 1.
 */
function worksheetNumbering(flat: string, claims: Claim[]) {
	const quoteStart = (quote: string) => quote.replace(/\s+/g, ' ').slice(0, 20);
	const printed = [...flat.matchAll(/(\d+)\. “(.{20})/g)].map(
		(m) => `${m[1]}: ${m[2].slice(0, quoteStart(claims[Number(m[1]) - 1]?.quote ?? m[2]).length)}`
	);
	return { printed, expected: claims.map((claim, i) => `${i + 1}: ${quoteStart(claim.quote)}`) };
}

test.describe('Printing for marking', () => {
	test('the answer grid of the whole module, three-way, fits one A4 and one Letter page', async ({
		page
	}, info) => {
		test.setTimeout(90_000);
		const claims = await askedClaims(page, null, true);
		expect(claims).toHaveLength(65);
		const expected = claims.map((claim, i) => `${i + 1} ${gridAnswer(claim, true)}`);
		expect(expected.some((entry) => entry.includes('(or '))).toBe(true);

		await page.goto('/modules/azerbaijan-russia/print/?sorting=three-way');
		await expect(page.getByRole('radio', { name: /^Three groups/ })).toBeChecked();
		const sheet = await printToPdf(page, 'worksheet-for-grid', 'A4', info);
		// The worksheet numbers the same claims in the same order.
		const numbering = worksheetNumbering(sheet.flat, claims);
		expect(numbering.printed).toEqual(numbering.expected);

		await page.getByRole('link', { name: 'Open the answer grid' }).click();
		await expect(page).toHaveURL(/\/print\/grid\/\?sorting=three-way$/);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('radio', { name: /^Three groups/ })).toBeChecked();
		for (const format of FORMATS) {
			const grid = await printToPdf(page, 'answer-grid-three-way', format, info);
			expect(grid.pages).toBe(1);
			expect(gridEntries(grid.flat)).toEqual(expected);
			expect(grid.flat).toContain('F = Stated fact');
			expect(grid.flat).toContain('S = Speculation');
			expect(grid.flat).toContain('O = Opinion');
			expect(grid.flat).toContain('Answer grid');
			for (const control of ['Print', 'Open the worksheet', 'Open the answer key', 'Sort into'])
				expect(grid.flat).not.toContain(control);
		}
	});

	test('the answer grid of chosen sections, two-way, numbers the claims as the worksheet does', async ({
		page
	}, info) => {
		const sections = ['demonization-of-russia', 'neo-cold-war-tactics'];
		const claims = await askedClaims(page, sections, false);
		await page.goto('/modules/azerbaijan-russia/print/');
		await page.getByRole('checkbox', { name: 'Introduction' }).uncheck();
		await page.getByRole('checkbox', { name: 'Iran, Israel and gas' }).uncheck();
		await expect(page).toHaveURL(new RegExp(`sections=${sections.join('(,|%2C)')}$`));
		const sheet = await printToPdf(page, 'worksheet-two-sections', 'A4', info);
		const numbering = worksheetNumbering(sheet.flat, claims);
		expect(numbering.printed).toEqual(numbering.expected);

		await page.getByRole('link', { name: 'Open the answer grid' }).click();
		await expect(page).toHaveURL(
			new RegExp(`/print/grid/\\?sections=${sections.join('(,|%2C)')}$`)
		);
		const grid = await printToPdf(page, 'answer-grid-two-sections', 'A4', info);
		expect(grid.pages).toBe(1);
		expect(gridEntries(grid.flat)).toEqual(
			claims.map((claim, i) => `${i + 1} ${gridAnswer(claim, false)}`)
		);
		expect(grid.flat).not.toContain('O = Opinion');
		expect(grid.flat).not.toContain('Introduction');

		// Back to the key: the same choice of sections.
		await page.getByRole('link', { name: 'Open the answer key' }).click();
		await expect(page).toHaveURL(new RegExp(`/print/key/\\?sections=${sections.join('(,|%2C)')}$`));
	});

	for (const [device, viewport] of [
		['a phone', { width: 390, height: 844 }],
		['a laptop', { width: 1366, height: 768 }]
	] as const) {
		test(`the answer grid passes axe and works by keyboard on ${device}`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.setViewportSize(viewport);
			await page.goto('/modules/azerbaijan-russia/print/grid/');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
			await expectNoAxeViolations(page);
			const three = page.getByRole('radio', { name: /^Three groups/ });
			await tabTo(page, page.getByRole('radio', { name: /^Two groups/ }));
			await page.keyboard.press('ArrowDown');
			await expect(three).toBeChecked();
			await expect(page).toHaveURL(/sorting=three-way$/);
			await expect(page.getByText('O = Opinion')).toBeVisible();
			await expectNoAxeViolations(page);
			// Nothing runs off the side of the screen.
			expect(
				await page.evaluate(
					() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
				)
			).toBe(true);
		});
	}

	test('the module page prints in the sorting chosen there', async ({ page }) => {
		await page.goto('/modules/azerbaijan-russia/');
		await page.getByRole('radio', { name: /^Three groups/ }).check();
		await page.getByRole('link', { name: 'Print a worksheet' }).click();
		await expect(page).toHaveURL(/\/print\/\?sorting=three-way$/);
		await expect(page.getByRole('radio', { name: /^Three groups/ })).toBeChecked();
		await expect(page.getByText('☐ Opinion').first()).toBeVisible();

		for (const [name, path] of [
			['its answer key', 'key'],
			['a one-page answer grid', 'grid']
		]) {
			await page.goto('/modules/azerbaijan-russia/');
			await expect(page.getByRole('radio', { name: /^Three groups/ })).toBeChecked();
			await page.getByRole('link', { name }).click();
			await expect(page).toHaveURL(new RegExp(`/print/${path}/\\?sorting=three-way$`));
		}

		// Back to two groups: the link prints two-way again.
		await page.goto('/modules/azerbaijan-russia/');
		await page.getByRole('radio', { name: /^Two groups/ }).check();
		await page.getByRole('link', { name: 'Print a worksheet' }).click();
		await expect(page).toHaveURL(/\/print\/$/);
		await expect(page.getByRole('radio', { name: /^Two groups/ })).toBeChecked();
	});

	test('the key names its source and date once each, with no doubled brackets', async ({
		page
	}, info) => {
		const module = await fetchModule(page, 'azerbaijan-russia');
		const source = (module as unknown as { source: { name: string; date: string } }).source;
		await page.goto('/modules/azerbaijan-russia/print/key/');
		const key = await printToPdf(page, 'answer-key-source', 'A4', info);
		expect(key.flat).toContain(`Source: ${source.name}`);
		expect(key.flat).toContain(`Date: ${source.date}`);
		expect(key.flat).not.toMatch(/\) \(/);
		expect(key.flat).not.toContain('..');
	});

	test('the full key leaves no half-empty pages and keeps each answer with its claim', async ({
		page
	}, info) => {
		test.setTimeout(90_000);
		const claims = await askedClaims(page, null, false);
		await page.goto('/modules/azerbaijan-russia/print/key/');
		await expect(page.getByText('Answer key', { exact: true })).toBeVisible();
		for (const format of FORMATS) {
			const key = await printToPdf(page, 'answer-key-layout', format, info);
			expect(key.pages).toBeLessThanOrEqual(format === 'A4' ? 13 : 14);
			// Every page but the last is at least three-quarters full (lines of text per page).
			const lines = key.text
				.split('\f')
				.slice(0, -1)
				.map((text) => text.split('\n').filter((line) => line.trim()).length);
			const fullest = Math.max(...lines);
			for (const count of lines.slice(0, -1)) expect(count).toBeGreaterThan(fullest * 0.75);
			// Each claim's quote line sits on the same page as its answer line.
			const pages = key.text.split('\f').map((text) => text.replace(/\s+/g, ' '));
			for (const claim of claims) {
				const start = `“${claim.quote.slice(0, 20)}`;
				const onPage = pages.find((text) => text.includes(start));
				expect(onPage, start).toBeDefined();
				const rest = onPage!.slice(onPage!.indexOf(start));
				expect(rest, start).toContain('” Answer: ');
				expect(rest.slice(0, rest.indexOf('” Answer: ')), start).not.toMatch(/\d+\. “/);
			}
		}
	});
});
