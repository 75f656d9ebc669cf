import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { buildModule } from '$lib/content/fixtures/module-built-at-run-time';
import { printPageData } from '$lib/content/page-data';
import PrintPage from './+page.svelte';

function setup(sheet: '' | 'key' | 'grid') {
	const data = printPageData(buildModule(), sheet);
	if (!data) throw new Error(`no sheet "${sheet}"`);
	render(PrintPage, { data });
	return { claims: () => page.getByRole('listitem') };
}

describe('The printed sheets of a module built at run time', () => {
	it('print the worksheet: the text, then each claim numbered with its tick boxes', async () => {
		const { claims } = setup('');
		await expect
			.element(page.getByRole('heading', { level: 1 }))
			.toHaveTextContent('The bake sale');
		await expect.element(page.getByText('Worksheet', { exact: true })).toBeVisible();
		await expect
			.element(page.getByText('The school bake sale raised £412 on Friday, the head teacher said.'))
			.toBeVisible();
		// Two-way: the opinion is left out, so 4 claims, numbered straight through.
		await expect.element(claims().nth(3)).toHaveTextContent('the greenhouse could be finished');
		expect(claims().elements()).toHaveLength(4);
		await expect.element(claims().first()).toHaveTextContent('☐ Stated fact☐ Speculation');
		expect(page.getByText(/^Answer:/).elements()).toHaveLength(0);
	});

	it('print the answer key: each claim’s answer and why', async () => {
		const { claims } = setup('key');
		await expect.element(page.getByText('Answer key', { exact: true })).toBeVisible();
		await expect.element(claims().first()).toHaveTextContent('Answer: Stated fact');
		await expect.element(claims().nth(1)).toHaveTextContent('Answer: Speculation');
		await expect
			.element(
				page.getByText('This is a hedge. Nobody counted who stayed at home', { exact: false })
			)
			.toBeVisible();
	});

	it('print the answer grid: claim number, then its answer', async () => {
		const { claims } = setup('grid');
		await expect.element(page.getByText('Answer grid', { exact: true })).toBeVisible();
		await expect.element(claims().first()).toHaveTextContent('1 F');
		await expect.element(claims().nth(3)).toHaveTextContent('4 S');
	});
});
