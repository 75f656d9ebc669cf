import type { Browser, Page } from '@playwright/test';
import { decodeAssignment } from '../src/lib/codes/assignment-link';
import { encodeResult } from '../src/lib/codes/result-code';
import { expect, expectNoAxeViolations, fetchModule, test } from './fixtures';

/** The teacher makes a two-way practice assignment of the warm-up and gets its link. */
async function makeAssignment(page: Page) {
	await page.goto('/teach/');
	await page.getByRole('radio', { name: 'Signal words: fact, guess or opinion?' }).check();
	await page.getByLabel('Title').fill('Mangled homework');
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByRole('heading', { name: /^Assignment \w{6} is ready$/ })).toBeFocused();
	return page.getByLabel('Link for students').inputValue();
}

/** A student opens an address in a browser of their own. */
async function studentOpens(browser: Browser, address: string) {
	const page = await (await browser.newContext()).newPage();
	await page.goto(address);
	return page;
}

test.describe('Links and codes mangled on the way', () => {
	test('a link whose "#" a mail scanner turned into "%23" still opens the assignment', async ({
		page,
		browser
	}) => {
		const link = await makeAssignment(page);
		const fragment = link.slice(link.indexOf('#') + 1);
		const site = link.slice(0, link.indexOf('/assignment/'));
		for (const address of [
			`${site}/assignment/%23${fragment}`,
			`${site}/assignment%23${fragment}`,
			`${site}/assignment/?%23${fragment}`
		]) {
			const student = await studentOpens(browser, address);
			await expect(
				student.getByRole('heading', { level: 1, name: 'Mangled homework' })
			).toBeVisible();
			await expect(student.getByLabel('Your name, as your teacher asked for it')).toBeVisible();
			await expectNoAxeViolations(student);
			await student.context().close();
		}
	});

	test('a link a chat took the closing punctuation into still opens', async ({ page, browser }) => {
		const link = await makeAssignment(page);
		for (const end of ['.', ').', '>', '"', '…', '!?']) {
			const student = await studentOpens(browser, link + end);
			await expect(
				student.getByRole('heading', { level: 1, name: 'Mangled homework' })
			).toBeVisible();
			await student.context().close();
		}
	});

	test('codes pasted in sentences, quotes and chat wraps are found, failures named', async ({
		page
	}) => {
		const link = await makeAssignment(page);
		const decoded = decodeAssignment(link.slice(link.indexOf('#') + 1));
		if (!decoded.ok) throw new Error(decoded.error);
		const assignment = decoded.value;
		const module = await fetchModule(page, assignment.moduleId);
		const claims = module.claims.filter(
			(claim) => assignment.sections.includes(claim.section) && claim.label !== 'opinion'
		);
		const codeOf = (studentName: string) =>
			encodeResult({
				assignmentCode: assignment.code,
				moduleId: module.id,
				contentVersion: module.version,
				studentName,
				startedAt: Math.floor(Date.now() / 1000) - 600,
				handedInAt: Math.floor(Date.now() / 1000),
				answers: claims.map((claim) => claim.label),
				answeredAfter: claims.map((_, i) => 30 + i)
			});
		const ann = codeOf('Ann Tu');
		// "Ann Tu" is QW5uIFR1: the chat wrapped the code where a line then starts with "R1.".
		const wrapAt = ann.indexOf('IFR1.') + 2;
		const cleo = codeOf('Cleo Diaz');
		const damaged = cleo.slice(0, -12) + cleo.slice(-11);
		const pasted = [
			`Hi Miss, here is my code: ${ann.slice(0, wrapAt)}`,
			`${ann.slice(wrapAt)} thanks!`,
			`\u200B“${codeOf('Ben Okafor')}”, ${codeOf('Dan Roe')}.`,
			`Cleo: ${damaged}`
		].join('\n');

		await page.goto('/teach/results/');
		const box = page.getByLabel('Paste result codes, one or many at once');
		await box.fill(pasted);
		await page.getByRole('button', { name: 'Add results' }).click();
		const status = page.getByRole('status').filter({ hasText: 'could not be added' });
		await expect(status).toContainText(
			'Added 3 results. 1 could not be added (it is left in the box):'
		);
		await expect(status).toContainText(
			'Line 4, Cleo Diaz. Not added: This result code is incomplete'
		);
		await expect(box).toHaveValue(damaged);
		const table = page.getByRole('table', { name: /Class table/ });
		for (const name of ['Ann Tu', 'Ben Okafor', 'Dan Roe']) {
			await expect(table.getByRole('row', { name: new RegExp(name) })).toContainText('100%');
		}
		await expectNoAxeViolations(page);
	});

	test('a 2 MB paste is read in part and summed up in a few lines', async ({ page }) => {
		await makeAssignment(page);
		await page.goto('/teach/results/');
		const box = page.getByLabel('Paste result codes, one or many at once');
		// A 2 MB paste is read in part, summed up in a few lines, and the page stays usable.
		// Pasted at once, as the clipboard does: typing 2 MB would take the test's whole time.
		await box.evaluate(
			(element: HTMLTextAreaElement, text) => {
				element.value = text;
				element.dispatchEvent(new Event('input', { bubbles: true }));
			},
			`R1.${'broken'.repeat(16)}\n`.repeat(20_000)
		);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'could not be added' })).toContainText(
			'only the first part was read'
		);
		await expect(
			page.getByRole('status').filter({ hasText: 'could not be added' }).getByRole('listitem')
		).toHaveCount(13);
		await expect(page.getByText('No results yet.')).toBeVisible();
	});
});
