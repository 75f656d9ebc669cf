import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { withContext, type QuizClaim } from '$lib/content/views';
import { builtInAddresses } from '$lib/content/module-addresses';
import { sectionLinks } from '$lib/content/added-addresses';
import { progressKey } from '$lib/storage/keys';
import type { PageData } from './$types';
import SectionPage from './+page.svelte';

/** The data of a one-claim section, as the page gets it for a module. */
function sectionOf(moduleId: string, claimId: string): PageData {
	const text = 'The vote was 7 to 2.';
	const claims: QuizClaim[] = [
		{ id: claimId, quote: text, label: 'fact', cues: ['7 to 2'], explanation: 'A count.' }
	];
	return {
		module: { id: moduleId, title: `Module ${moduleId}`, version: 1 },
		section: {
			id: 'introduction',
			title: 'Introduction',
			kicker: 'Section 1 of 1',
			paragraphs: [text],
			description: 'A section.'
		},
		next: null,
		links: sectionLinks(builtInAddresses(moduleId), ['introduction'], null),
		sectionTitles: { introduction: 'Introduction' },
		claims: withContext(claims, text)
	} as PageData;
}

const saved = (moduleId: string) => {
	const raw = localStorage.getItem(progressKey(moduleId));
	return raw ? JSON.parse(raw).answers : {};
};

afterEach(() => localStorage.clear());

describe('Section page', () => {
	it("saves an answer under the module it shows, after being reused for another module's section", async () => {
		const screen = render(SectionPage, { data: sectionOf('first', 'first-vote') });
		await expect.element(page.getByRole('heading', { name: 'Claim 1 of 1' })).toBeVisible();
		// SvelteKit keeps the page and gives it the other module's data.
		await screen.rerender({ data: sectionOf('second', 'second-vote') });
		await page.getByRole('button', { name: 'Stated fact', exact: true }).click();
		await expect.element(page.getByRole('heading', { name: /^Right: this is/ })).toBeVisible();
		// Saved once the answer is painted (a frame, then a task).
		await vi.waitFor(() => expect(saved('second')).toHaveProperty('second-vote'));
		expect(saved('first')).toEqual({});
	});
});
