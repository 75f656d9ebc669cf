import { encodeAssignment } from '../src/lib/codes/assignment-link';
import { warmUpAssignment } from '../src/lib/codes/test-fixtures';
import { expect, expectNoAxeViolations, fetchModule, test } from './fixtures';

test.describe('An assignment link opened in a tab that has one open', () => {
	test('opens its own assignment, so no one works on the one before by mistake', async ({
		page
	}) => {
		const { version } = await fetchModule(page, 'signal-words');
		const monday = { ...warmUpAssignment, contentVersion: version, title: 'Monday homework' };
		const friday = { ...monday, code: 'R4T9WZ', title: 'Friday check', mode: 'test' as const };
		await page.goto(`/assignment/#${encodeAssignment(monday)}`);
		await expect(page.getByRole('heading', { level: 1, name: 'Monday homework' })).toBeVisible();
		await page.getByLabel('Your name, as your teacher asked for it').fill('Ana');
		await page.getByRole('button', { name: 'Start the assignment' }).click();
		await expect(page.getByRole('link', { name: /^Start: / }).first()).toBeVisible();

		// Pasted into the address bar: only the part after "#" differs.
		await page.goto(`/assignment/#${encodeAssignment(friday)}`);
		await expect(page.getByRole('heading', { level: 1, name: 'Friday check' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Start the assignment' })).toBeVisible();

		// The first assignment's work is kept: its link opens it where Ana left off.
		await page.goto(`/assignment/#${encodeAssignment(monday)}`);
		await expect(page.getByRole('heading', { level: 1, name: 'Monday homework' })).toBeVisible();
		await expect(page.getByRole('link', { name: /^Start: / }).first()).toBeVisible();
	});

	test('a link within the page, such as "Skip to content", stays on the assignment', async ({
		page
	}) => {
		const { version } = await fetchModule(page, 'signal-words');
		await page.goto(
			`/assignment/#${encodeAssignment({ ...warmUpAssignment, contentVersion: version })}`
		);
		await expect(page.getByRole('button', { name: 'Start the assignment' })).toBeVisible();
		await page.getByLabel('Your name, as your teacher asked for it').fill('Kai');
		await page.getByRole('link', { name: 'Skip to content' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
		// Still the same page, with what was typed in it, and the assignment still in the address,
		// so that a reload or a bookmark opens it again.
		await expect(page.getByLabel('Your name, as your teacher asked for it')).toHaveValue('Kai');
		await page.reload();
		await expect(page.getByRole('button', { name: 'Start the assignment' })).toBeVisible();
	});

	test('a hand-made link naming a part its module lacks says it cannot be done', async ({
		page
	}) => {
		const { version } = await fetchModule(page, 'signal-words');
		const made = {
			...warmUpAssignment,
			contentVersion: version,
			sections: ['the-news', 'no-such-part']
		};
		await page.goto(`/assignment/#${encodeAssignment(made)}`);
		await expect(
			page.getByText(/names a part of the module that does not exist \(no-such-part\)/)
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Start the assignment' })).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('handing in with claims left goes through its question without a browser complaint', async ({
		page
	}) => {
		const complaints: string[] = [];
		page.on('console', (message) => {
			if (message.type() !== 'log') complaints.push(message.text());
		});
		const { version } = await fetchModule(page, 'signal-words');
		await page.goto(
			`/assignment/#${encodeAssignment({ ...warmUpAssignment, contentVersion: version })}`
		);
		await page.getByLabel('Your name, as your teacher asked for it').fill('Noor');
		await page.getByRole('button', { name: 'Start the assignment' }).click();
		await page.getByRole('button', { name: 'Hand in', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: /Hand in with \d+ claims unanswered\?/ });
		await dialog.getByRole('button', { name: 'Keep working' }).click();
		await expect(dialog).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Answer sheet' })).toHaveCount(0);

		await page.getByRole('button', { name: 'Hand in', exact: true }).click();
		await dialog.getByRole('button', { name: 'Hand in now' }).click();
		await expect(page.getByRole('heading', { name: 'Answer sheet' })).toBeVisible();
		// When, in words like the due time's, naming its time zone.
		await expect(
			page.getByText(/^[A-Z][a-z]+day,? \d{1,2} [A-Z][a-z]+( \d{4})?, \d\d:\d\d (UTC|.+ time)/)
		).toBeVisible();
		expect(complaints).toEqual([]);
	});
});
