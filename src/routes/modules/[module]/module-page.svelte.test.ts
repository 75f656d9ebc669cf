import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { buildModule } from '$lib/content/fixtures/module-built-at-run-time';
import { modulePageData } from '$lib/content/page-data';
import ModulePage from './+page.svelte';

// The page keeps the student's progress in this browser's storage: each test starts with none.
beforeEach(() => localStorage.clear());

function setup() {
	render(ModulePage, { data: modulePageData(buildModule()) });
	return {
		sectionItem: (title: string) => page.getByRole('listitem').filter({ hasText: title }),
		threeGroups: () => page.getByRole('radio', { name: /^Three groups/ })
	};
}

describe('The module page of a module built at run time', () => {
	it('says what the module is, whose text it is and how it opens', async () => {
		setup();
		await expect
			.element(page.getByRole('heading', { level: 1 }))
			.toHaveTextContent('The bake sale');
		await expect
			.element(page.getByText('A short school news story to sort, made in the browser.'))
			.toBeVisible();
		await expect.element(page.getByText('Written in class')).toBeVisible();
		await expect
			.element(page.getByRole('blockquote'))
			.toHaveTextContent('The school bake sale raised £412 on Friday, the head teacher said.');
	});

	it('lists its sections with the claims each asks, and starts with the first', async () => {
		const { sectionItem } = setup();
		await expect.element(sectionItem('What happened')).toHaveTextContent('Not started, 2 claims');
		// Two-way sorting leaves the opinion out.
		await expect.element(sectionItem('What comes next')).toHaveTextContent('Not started, 2 claims');
		await expect
			.element(page.getByRole('link', { name: 'Start: What happened' }))
			.toHaveAttribute('href', expect.stringMatching(/\/modules\/local-bake-sale\/what-happened/));
	});

	it('counts the opinion too when the student sorts into three groups', async () => {
		const { sectionItem, threeGroups } = setup();
		await threeGroups().click();
		await expect.element(sectionItem('What comes next')).toHaveTextContent('Not started, 3 claims');
	});

	it('says "1 claim", not "1 claims", for a section that asks one', async () => {
		const oneClaim = buildModule([
			{
				title: 'Only this',
				paragraphs: ['The school bake sale raised £412 on Friday, the head teacher said.'],
				claims: [
					{
						quote: 'The school bake sale raised £412 on Friday',
						label: 'fact',
						cues: ['£412'],
						explanation: 'A sum and a day: the school’s accounts can confirm both.',
						check: 'Ask the school office what the bake sale took.'
					}
				]
			}
		]);
		render(ModulePage, { data: modulePageData(oneClaim) });
		await expect
			.element(page.getByRole('listitem').filter({ hasText: 'Only this' }))
			.toHaveTextContent(/Not started, 1 claim$/);
	});
});
