import { expect, fetchModule, LABEL_NAMES, missFirstClaim, test, wrongChoice } from './fixtures';
import { FORMATS, printToPdf } from './print-to-pdf';
import { quoteOnce } from '../src/lib/content/quote-once';

/** The numbered claims a printed sheet shows, as "number: start of quote". */
function numberedClaims(flat: string) {
	return [...flat.matchAll(/(\d+)\. “(.{1,25})/g)].map((m) => `${m[1]}: ${m[2]}`);
}

const BUTTONS = [
	'Print',
	'Open the answer key',
	'Open the worksheet',
	'Skip to content',
	'For teachers',
	'Make a module'
];

test.describe('Printing', () => {
	test('prints the worksheet and key with the same numbering, answers only on the key', async ({
		page
	}, info) => {
		test.setTimeout(90_000);
		const module = await fetchModule(page, 'azerbaijan-russia');
		const asked = module.claims.filter((c) => c.label !== 'opinion');
		for (const format of FORMATS) {
			await page.goto('/modules/azerbaijan-russia/print/');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const sheet = await printToPdf(page, 'worksheet', format, info);
			await page.goto('/modules/azerbaijan-russia/print/key/');
			await expect(page.getByText('Answer key', { exact: true })).toBeVisible();
			const key = await printToPdf(page, 'answer-key', format, info);

			expect(sheet.flat).toContain('Name:');
			expect(sheet.flat).toContain('Class:');
			const sheetClaims = numberedClaims(sheet.flat);
			expect(sheetClaims).toHaveLength(asked.length);
			expect(numberedClaims(key.flat)).toEqual(sheetClaims);
			expect(sheet.flat).not.toMatch(/Answer: /);
			expect(sheet.flat.match(/☐ Stated fact/g)).toHaveLength(asked.length);
			expect(key.flat.match(/Answer: (Stated fact|Speculation)/g)).toHaveLength(asked.length);
			for (const claim of asked.slice(0, 5)) {
				expect(key.flat).toContain(claim.explanation.slice(0, 40));
			}
			expect(key.flat).toContain('How you could check it:');
			for (const button of BUTTONS) {
				expect(sheet.flat).not.toContain(button);
				expect(key.flat).not.toContain(button);
			}
			expect(sheet.flat).toMatch(/Page 1 of \d+/);
			// The running footer names the module on every page.
			const footer = `${module.title} · Worksheet`;
			expect(sheet.flat.split(footer).length - 1).toBe(sheet.pages);
			expect(sheet.pages).toBeGreaterThanOrEqual(3);
			expect(sheet.pages).toBeLessThanOrEqual(14);
			expect(key.pages).toBeLessThanOrEqual(20);
		}
	});

	test('prints only the chosen sections, three-way, matching the key', async ({ page }, info) => {
		const module = await fetchModule(page, 'signal-words');
		await page.goto('/modules/signal-words/print/');
		await page.getByRole('checkbox', { name: 'What might happen next' }).uncheck();
		await page.getByRole('radio', { name: /^Three groups/ }).check();
		await expect(page).toHaveURL(/sections=the-news&sorting=three-way/);
		const sheet = await printToPdf(page, 'worksheet-three-way', 'A4', info);
		await page.getByRole('link', { name: 'Open the answer key' }).click();
		await expect(page).toHaveURL(/print\/key\/\?sections=the-news&sorting=three-way/);
		await expect(page.getByText('Answer key', { exact: true })).toBeVisible();
		const key = await printToPdf(page, 'answer-key-three-way', 'A4', info);

		const inSection = module.claims.filter((c) => c.section === 'the-news');
		expect(numberedClaims(sheet.flat)).toHaveLength(inSection.length);
		expect(numberedClaims(key.flat)).toEqual(numberedClaims(sheet.flat));
		expect(sheet.flat).toContain('☐ Opinion');
		expect(sheet.flat).not.toContain('What might happen next');
	});

	test('the worksheet and key are complete with JavaScript turned off', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const module = await fetchModule(page, 'signal-words');
		await page.goto('/modules/signal-words/print/key/');
		for (const claim of module.claims.filter((c) => c.label !== 'opinion')) {
			await expect(page.getByText(quoteOnce(claim.quote))).toBeVisible();
		}
		await context.close();
	});

	test("prints a student's answer sheet with name, score and every answer", async ({
		page
	}, info) => {
		const { module, label } = await missFirstClaim(page);
		await page.goto('/modules/signal-words/results/');
		await page.getByLabel('Your name, for the printed answer sheet').fill('Ana Lima');
		for (const format of FORMATS) {
			const sheet = await printToPdf(page, 'answer-sheet', format, info);
			expect(sheet.flat).toContain('Ana Lima');
			expect(sheet.flat).toContain(`${module.title} · Answer sheet`);
			expect(sheet.flat).toMatch(
				/Overall: 0 of 1 answered right \(0%\); \d+ claims left to answer\./
			);
			expect(sheet.flat).toContain(
				`✗ Not quite. Your answer: ${LABEL_NAMES[wrongChoice(label)]}. Right answer: ${LABEL_NAMES[label]}.`
			);
			expect(sheet.flat).toContain('Not answered yet.');
			for (const button of [...BUTTONS, 'Print answer sheet', 'Start over'])
				expect(sheet.flat).not.toContain(button);
			expect(sheet.pages).toBeLessThanOrEqual(8);
		}
	});
});
