import { ADDED_MODULES_KEY } from '../src/lib/storage/keys';
import { expect, expectNoAxeViolations, fetchModule, moduleLinkOf, test } from './fixtures';

const STORAGE = {
	off: () =>
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		}),
	full: () => {
		Storage.prototype.setItem = () => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		};
	}
};

for (const [state, block] of Object.entries(STORAGE)) {
	test(`a module is not said to be added when the browser's storage is ${state}`, async ({
		page
	}) => {
		const module = {
			...(await fetchModule(page, 'signal-words')),
			id: 'class-vote',
			title: 'Our class vote'
		};
		const link = await moduleLinkOf(module);
		await page.addInitScript(block);
		await page.goto(`/open/#${link}`);
		if (state === 'off') {
			// Said before the student tries, without suggesting the module could be done in this tab.
			await expect(page.getByRole('status').filter({ hasText: 'not letting' })).toHaveText(
				'This browser is not letting Claimwise save, so no module can be added here. Open the link in a normal (not private) window or another browser, or ask your teacher.'
			);
		}
		const opened = page.getByRole('region', { name: 'Our class vote' });
		await opened.getByRole('button', { name: 'Add to my modules' }).click();

		// In view and heard: the sentence takes the keyboard's focus.
		await expect(opened.getByRole('alert').locator('p')).toBeFocused();
		await expect(opened.getByRole('alert')).toHaveText(
			'“Our class vote” could not be added, because this browser is not letting Claimwise keep it. Open the link in a normal (not private) window or another browser, or ask your teacher.'
		);
		await expect(opened.getByText('Added “Our class vote” to your modules.')).toHaveCount(0);
		await expect(opened.getByRole('link', { name: /^Start: / })).toHaveCount(0);
		// Once the browser lets it save, adding it again is one press away.
		await expect(opened.getByRole('button', { name: 'Add to my modules' })).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

test('a module is not said to be removed while a newer version’s modules are stored', async ({
	page,
	context
}) => {
	const module = {
		...(await fetchModule(page, 'signal-words')),
		id: 'class-vote',
		title: 'Our class vote'
	};
	await page.goto(`/open/#${await moduleLinkOf(module)}`);
	await page.getByRole('button', { name: 'Add to my modules' }).click();
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Our class vote' })).toBeVisible();

	// Another tab runs a newer release, which stores the modules in a format this one cannot read.
	const other = await context.newPage();
	await other.goto('/modules/signal-words/');
	const newer = await other.evaluate((key) => {
		const stored = JSON.parse(localStorage.getItem(key)!);
		const value = JSON.stringify({ ...stored, version: 9 });
		localStorage.setItem(key, value);
		return value;
	}, ADDED_MODULES_KEY);

	await page.getByRole('button', { name: 'Remove “Our class vote”…' }).click();
	await page
		.getByRole('dialog', { name: 'Remove “Our class vote”?' })
		.getByRole('button', { name: 'Yes, remove it' })
		.click();
	await expect(page.getByRole('status').filter({ hasText: 'could not be removed' })).toHaveText(
		'“Our class vote” could not be removed, because your modules were saved by a newer version of Claimwise. Reload the page to get it, then try again.'
	);
	await expect(page.getByRole('link', { name: 'Our class vote' })).toBeVisible();
	expect(await page.evaluate((key) => localStorage.getItem(key), ADDED_MODULES_KEY)).toBe(newer);
});
