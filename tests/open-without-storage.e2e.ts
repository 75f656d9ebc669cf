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
		const opened = page.getByRole('region', { name: 'Our class vote' });
		await opened.getByRole('button', { name: 'Add to my modules' }).click();

		await expect(opened.getByRole('alert')).toHaveText(
			'“Our class vote” was not added: this browser is not letting Claimwise save (its storage is off or full), and a module’s pages open only from what is saved.'
		);
		await expect(opened.getByText('Added “Our class vote” to your modules.')).toHaveCount(0);
		await expect(opened.getByRole('link', { name: /^Start: / })).toHaveCount(0);
		// Once the browser lets it save, adding it again is one press away.
		await expect(opened.getByRole('button', { name: 'Add to my modules' })).toBeVisible();
		await expectNoAxeViolations(page);
	});
}
