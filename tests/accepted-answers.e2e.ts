import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	LABEL_NAMES,
	labelOfCurrentClaim,
	quiz,
	test
} from './fixtures';

type Label = keyof typeof LABEL_NAMES;
interface ArguableClaim {
	id: string;
	section: string;
	quote: string;
	label: Label;
	accepts?: { label: Label; why: string }[];
}

test.describe('Accepted answers', () => {
	test('a second defensible label counts as right in feedback, results and the key', async ({
		page
	}) => {
		const module = await fetchModule(page, 'azerbaijan-russia');
		const claims = module.claims as ArguableClaim[];
		// Two-way sorting asks about facts and speculation: take an arguable one of those.
		const arguable = claims.find(
			(claim) => claim.label !== 'opinion' && claim.accepts?.some((a) => a.label !== 'opinion')
		)!;
		const alternative = arguable.accepts!.find((a) => a.label !== 'opinion')!.label;

		await page.goto(`/modules/azerbaijan-russia/${arguable.section}/`);
		for (;;) {
			const quote = (await quiz(page).locator('blockquote').innerText()).trim();
			const choice =
				quote === arguable.quote ? alternative : await labelOfCurrentClaim(page, module);
			await quiz(page).getByRole('button', { name: LABEL_NAMES[choice] }).click();
			if (quote === arguable.quote) break;
			await quiz(page).getByRole('button', { name: 'Next' }).click();
		}
		await expect(quiz(page).getByRole('heading', { level: 3 })).toContainText(
			`Right: ${LABEL_NAMES[alternative] === 'Stated fact' ? 'a stated fact' : 'speculation'} is right too`
		);
		await expect(quiz(page)).toContainText(`${LABEL_NAMES[alternative]} is right too:`);
		await expectNoAxeViolations(page);

		await page.goto('/modules/azerbaijan-russia/results/');
		const item = page.getByRole('listitem').filter({ hasText: arguable.quote });
		await expect(item).toContainText(
			`Right. Your answer: ${LABEL_NAMES[alternative]} (right too, though we call this ${LABEL_NAMES[arguable.label].toLowerCase()}).`
		);

		await page.goto('/modules/azerbaijan-russia/print/key/');
		await expect(page.getByRole('listitem').filter({ hasText: arguable.quote })).toContainText(
			`Answer: ${LABEL_NAMES[arguable.label]} (${LABEL_NAMES[alternative]} is right too)`
		);
	});
});
