import type { Page } from '@playwright/test';
import { checkOf } from '../src/lib/codes/encoding';
import { assignmentFields, encodeAssignment } from '../src/lib/codes/assignment-link';
import type { Assignment } from '../src/lib/codes/assignment';
import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	LABEL_NAMES,
	test,
	type PublishedModule
} from './fixtures';

// Handing in a test is final: a slip of the finger or the keyboard never hands in without a
// question that says what is still unanswered, for a built-in module and an added one alike.

/** A test-mode assignment of the warm-up's first section, or of a teacher's copy carried in the link. */
async function testOf(page: Page, kind: 'built-in' | 'added') {
	const warmUp = await fetchModule(page, 'signal-words');
	const module: PublishedModule =
		kind === 'added' ? { ...warmUp, id: 'class-vote', title: 'Our class vote' } : warmUp;
	const assignment: Assignment = {
		code: 'T3STMD',
		moduleId: module.id,
		contentVersion: module.version,
		sections: [module.sections[0].id],
		sorting: 'two-way',
		mode: 'test',
		passMark: null,
		title: 'Friday test',
		instructions: '',
		due: null
	};
	const claims = module.claims.filter(
		(claim) => claim.section === module.sections[0].id && claim.label !== 'opinion'
	);
	if (kind === 'built-in') return { link: `/assignment/#${encodeAssignment(assignment)}`, claims };
	const bytes = await new Response(
		new Blob([JSON.stringify(module)]).stream().pipeThrough(new CompressionStream('deflate-raw'))
	).arrayBuffer();
	const body = `A3.${assignmentFields(assignment)}.${Buffer.from(bytes).toString('base64url')}`;
	return { link: `/assignment/#${body}.${checkOf(body)}`, claims };
}

for (const kind of ['built-in', 'added'] as const) {
	test.describe(`Handing in a test of a ${kind} module`, () => {
		test('asks first, says what is unanswered, and Escape or Keep working go back', async ({
			page
		}) => {
			const { link, claims } = await testOf(page, kind);
			await page.goto(link);
			if (kind === 'added') await page.getByRole('button', { name: 'Add to my modules' }).click();
			await page.getByLabel('Your name, as your teacher asked for it').fill('Noor');
			await page.getByRole('button', { name: 'Start the assignment' }).click();
			// The nth claim's radio group, named by its quote (how its quotation marks are shown is
			// quoted-once.e2e.ts's business).
			const choices = (n: number) =>
				page.getByRole('region', { name: 'Check your answers' }).getByRole('group').nth(n);
			await choices(0).getByRole('radio', { name: LABEL_NAMES[claims[0].label] }).check();
			await choices(2).getByRole('radio', { name: LABEL_NAMES[claims[2].label] }).check();

			// By keyboard: the question takes the focus and says which claims are left.
			const handIn = page.getByRole('button', { name: 'Hand in', exact: true });
			await handIn.focus();
			await page.keyboard.press('Enter');
			const left = claims.length - 2;
			const dialog = page.getByRole('dialog', {
				name: `Hand in with ${left} ${left === 1 ? 'claim' : 'claims'} unanswered?`
			});
			await expect(dialog).toBeVisible();
			const numbers = claims.map((_, i) => i + 1).filter((n) => n !== 1 && n !== 3);
			await expect(dialog).toContainText(
				`Not answered in ${(await page.getByRole('heading', { level: 3 }).first().innerText()).trim()}: claims ${numbers.join(', ')}.`
			);
			await expect(dialog).toContainText('After handing in you cannot change your answers.');
			await expect(dialog.getByRole('button', { name: 'Keep working' })).toBeFocused();
			await expectNoAxeViolations(page);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await expect(handIn).toBeFocused();
			await handIn.click();
			await dialog.getByRole('button', { name: 'Keep working' }).click();
			await expect(dialog).toBeHidden();
			await expect(page.getByText('Working as Noor. 2 of')).toBeVisible();

			// Everything answered: still a question, since the answers could still be changed.
			for (let n = 0; n < claims.length; n++) {
				await choices(n).getByRole('radio', { name: LABEL_NAMES[claims[n].label] }).check();
			}
			await handIn.click();
			const last = page.getByRole('dialog', { name: 'Hand in your answers?' });
			await expect(last).toHaveText(/^\s*Hand in your answers\?\s*After handing in you cannot/);
			await page.keyboard.press('Escape');
			await expect(page.getByRole('heading', { name: 'Handed in' })).toHaveCount(0);
			await handIn.click();
			await last.getByRole('button', { name: 'Hand in now' }).click();
			await expect(page.getByRole('heading', { name: 'Handed in' })).toBeFocused();
		});
	});
}
