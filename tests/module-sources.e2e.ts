import { encodeAssignment } from '../src/lib/codes/assignment-link';
import type { Assignment } from '../src/lib/codes/assignment';
import { expect, expectNoAxeViolations, fetchModule, test } from './fixtures';

test.describe('A module that is not what it should be', () => {
	// The module must come from the network, where the test changes it, not from the offline copy.
	test.use({ serviceWorkers: 'block' });

	test('gets one calm sentence on the assignment page, like any module that cannot be read', async ({
		page
	}) => {
		const module = await fetchModule(page, 'signal-words');
		const assignment: Assignment = {
			code: 'BR0KEN',
			moduleId: module.id,
			contentVersion: module.version,
			sections: module.sections.map((section) => section.id),
			sorting: 'two-way',
			mode: 'practice',
			passMark: null,
			title: 'Signal words',
			instructions: '',
			due: null
		};
		const brokenModules = [
			// Well-formed JSON whose claim quotes words its section does not have.
			{ ...module, claims: [{ ...module.claims[0], quote: 'Words the text does not have.' }] },
			// A claim id that every object already has would count as answered before any answer.
			{ ...module, claims: [{ ...module.claims[0], id: 'constructor' }, ...module.claims.slice(1)] }
		];
		for (const broken of brokenModules) {
			await page.unrouteAll();
			await page.route('**/modules/signal-words.json', (route) => route.fulfill({ json: broken }));
			// A new page load each time: only the part after # would change otherwise.
			await page.goto('/');
			await page.goto(`/assignment/#${encodeAssignment(assignment)}`);
			await expect(page.getByRole('alert')).toHaveText(
				'The module for this assignment could not be read. Reload the page; if this happens again, tell your teacher.'
			);
			await expect(page.getByRole('link', { name: /^Start/ })).toHaveCount(0);
		}
		await expectNoAxeViolations(page);
	});
});
