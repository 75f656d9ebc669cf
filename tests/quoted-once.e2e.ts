import { encodeAssignment } from '../src/lib/codes/assignment-link';
import type { Assignment } from '../src/lib/codes/assignment';
import { expect, expectNoAxeViolations, fetchModule, test } from './fixtures';

// The warm-up has a claim with a quotation inside it; shown between quotation marks, it must
// read as quoted once, with the inner quotation in single marks and no straight marks.
const QUOTE = 'Council officer Dana Reyes said the lane "may open before the summer".';
const SHOWN = '“Council officer Dana Reyes said the lane ‘may open before the summer’.”';

test('a quote with a quotation inside reads as quoted once on the answer list and the worksheet', async ({
	page
}) => {
	const module = await fetchModule(page, 'signal-words');
	expect(module.claims.map((c) => c.quote)).toContain(QUOTE);
	const assignment: Assignment = {
		code: 'QT3STM',
		moduleId: 'signal-words',
		contentVersion: module.version,
		sections: module.sections.map((section) => section.id),
		sorting: 'two-way',
		mode: 'test',
		passMark: null,
		title: 'Signal words',
		instructions: '',
		due: null
	};
	await page.goto(`/assignment/#${encodeAssignment(assignment)}`);
	await page.getByLabel('Your name, as your teacher asked for it').fill('Sam Quote');
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	const review = page.getByRole('region', { name: 'Check your answers' });
	await expect(review.getByRole('group', { name: SHOWN, exact: true })).toBeVisible();
	await expect(review.getByText(/[“‘]"|"[”’]|““|””/)).toHaveCount(0);
	await expectNoAxeViolations(page);

	await page.goto('/modules/signal-words/print/');
	await expect(page.getByText(SHOWN, { exact: true })).toBeVisible();
});
