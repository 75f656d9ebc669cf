import { expect, fetchModule, LABEL_NAMES, labelOfCurrentClaim, quiz, test } from './fixtures';

test.describe('Three-way sorting', () => {
	test('adds opinion claims and an Opinion button when chosen on the module page', async ({
		page
	}) => {
		const module = await fetchModule(page, 'signal-words');
		const inSection = module.claims.filter((c) => c.section === 'the-news');
		expect(inSection.some((c) => c.label === 'opinion')).toBe(true);

		await page.goto('/modules/signal-words/');
		await page.getByLabel('Three groups: stated fact, speculation or opinion').check();
		await page.getByRole('link', { name: 'Start: What happened' }).click();

		const region = quiz(page);
		await expect(
			region.getByRole('group', { name: 'Is this a stated fact, speculation or opinion?' })
		).toBeVisible();
		await expect(region.getByRole('group').getByRole('button')).toHaveText([
			'Stated fact',
			'Speculation',
			'Opinion'
		]);
		let opinions = 0;
		for (const [i] of inSection.entries()) {
			await expect(
				region.getByRole('heading', { name: `Claim ${i + 1} of ${inSection.length}` })
			).toBeVisible();
			const label = await labelOfCurrentClaim(page, module);
			if (label === 'opinion') opinions++;
			await region.getByRole('button', { name: LABEL_NAMES[label], exact: true }).click();
			await region.getByRole('button', { name: 'Next' }).click();
		}
		expect(opinions).toBeGreaterThan(0);
		const score = `Section score: ${inSection.length} of ${inSection.length} (100%)`;
		await expect(region.getByRole('heading', { name: score })).toBeVisible();
	});
});
