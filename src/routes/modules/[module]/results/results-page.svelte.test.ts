import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { buildModule } from '$lib/content/fixtures/module-built-at-run-time';
import { resultsPageData, sectionPageData } from '$lib/content/page-data';
import { builtInAddresses } from '$lib/content/module-addresses';
import { sectionLinks } from '$lib/content/added-addresses';
import SectionPage from '../[section]/+page.svelte';
import ResultsPage from './+page.svelte';

// The page shows the answers kept in this browser's storage: each test starts with none.
beforeEach(() => localStorage.clear());

describe('The results page of a module built at run time', () => {
	it('lists every claim as not answered yet, giving no answer away', async () => {
		render(ResultsPage, { data: resultsPageData(buildModule()) });
		await expect
			.element(page.getByText('Overall: no claims answered yet; 4 to sort.'))
			.toBeVisible();
		expect(page.getByText('Not answered yet.').elements()).toHaveLength(4);
		expect(page.getByText(/Right answer/).elements()).toHaveLength(0);
	});

	it('shows the answers given on the module’s section page, claim by claim', async () => {
		const module = buildModule();
		const data = sectionPageData(module, 'what-happened')!;
		const links = sectionLinks(
			builtInAddresses(module.id),
			Object.keys(data.sectionTitles),
			data.next
		);
		const section = render(SectionPage, { data: { ...data, links } });
		await page.getByRole('button', { name: 'Stated fact', exact: true }).click();
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('button', { name: 'Stated fact', exact: true }).click();
		await expect.element(page.getByRole('heading', { name: /^Not quite/ })).toBeVisible();
		section.unmount();

		render(ResultsPage, { data: resultsPageData(module) });
		await expect
			.element(page.getByText('Overall: 1 of 2 answered right (50%); 2 claims left to answer.'))
			.toBeVisible();
		await expect.element(page.getByText('Right. Your answer: Stated fact.')).toBeVisible();
		await expect
			.element(page.getByText('Not quite. Your answer: Stated fact. Right answer: Speculation.'))
			.toBeVisible();
		await expect
			.element(page.getByRole('button', { name: 'Try the 1 missed claim again' }))
			.toBeVisible();
	});
});
