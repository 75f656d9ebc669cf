import type { Page } from '@playwright/test';
import { COLLECTION_KEY } from '../src/lib/storage/keys';
import { encodeAssignment } from '../src/lib/codes/assignment-link';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Saves a teacher's collection with one assignment of the module with this id, and no results. */
async function saveAssignmentOf(page: Page, moduleId: string) {
	const assignment = {
		code: 'K7P2QX',
		moduleId,
		contentVersion: 1,
		sections: ['the-news'],
		sorting: 'two-way' as const,
		mode: 'practice' as const,
		passMark: null,
		title: 'Homework',
		instructions: '',
		due: null
	};
	const collection = {
		version: 1,
		assignments: [
			{ link: encodeAssignment(assignment), createdAt: '2026-11-29T09:00:00.000Z', results: [] }
		]
	};
	await page.addInitScript(
		([key, saved]) => localStorage.setItem(key, saved),
		[COLLECTION_KEY, JSON.stringify(collection)]
	);
}

test.describe('Class results when the module cannot be had', () => {
	// The browser itself logs the failed request; the page must not add an error of its own.
	test.use({ serviceWorkers: 'block', expectedConsoleErrors: [/Failed to load resource/] });

	test('a module this site does not have is named, with no talk of the connection', async ({
		page
	}) => {
		await saveAssignmentOf(page, 'no-such-module');
		await page.goto('/teach/results/');
		await expect(page.getByRole('alert')).toHaveText(
			'This site does not have the module of this assignment (no-such-module), so its results cannot be marked here.'
		);
		await expect(page.getByText(/connection/)).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('a damaged module is said to be damaged, a failing network to be the connection', async ({
		page
	}) => {
		await saveAssignmentOf(page, 'signal-words');
		await page.route('**/modules/signal-words.json', (route) =>
			route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": "signal-words"' })
		);
		await page.goto('/teach/results/');
		await expect(page.getByRole('alert')).toHaveText(
			"The module of this assignment could not be read. Reload the page; if this happens again, the site's copy of the module is damaged."
		);
		await page.unrouteAll();
		await page.route('**/modules/signal-words.json', (route) =>
			route.abort('internetdisconnected')
		);
		await page.reload();
		await expect(page.getByRole('alert')).toHaveText(
			'The module of this assignment could not be loaded. Check your connection and reload.'
		);
	});
});
