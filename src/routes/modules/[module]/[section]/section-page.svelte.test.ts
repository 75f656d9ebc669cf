import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { buildModule } from '$lib/content/fixtures/module-built-at-run-time';
import { sectionPageData } from '$lib/content/page-data';
import { builtInAddresses } from '$lib/content/module-addresses';
import { sectionLinks } from '$lib/content/added-addresses';
import { progressKey } from '$lib/storage/keys';
import SectionPage from './+page.svelte';

// The quiz keeps the student's answers in this browser's storage: each test starts with none.
beforeEach(() => localStorage.clear());

function setup(sectionId = 'what-happened') {
	const data = sectionPageData(buildModule(), sectionId);
	if (!data) throw new Error(`no section ${sectionId}`);
	render(SectionPage, {
		data: {
			...data,
			links: sectionLinks(builtInAddresses('bake-sale'), Object.keys(data.sectionTitles), data.next)
		}
	});
	return {
		question: () => page.getByRole('heading', { level: 3 }),
		choice: (name: string) => page.getByRole('button', { name, exact: true }),
		next: () => page.getByRole('button', { name: 'Next' })
	};
}

describe('A section page of a module built at run time', () => {
	it('shows the section’s text, then asks about its first claim', async () => {
		const { question } = setup();
		await expect
			.element(page.getByRole('heading', { level: 1 }))
			.toHaveTextContent('What happened');
		await expect.element(page.getByText('Section 1 of 2')).toBeVisible();
		await expect
			.element(page.getByText('Organisers believe the rain may have kept some families away.'))
			.toBeVisible();
		await expect.element(question()).toHaveTextContent('Claim 1 of 2');
		await expect
			.element(page.getByRole('blockquote'))
			.toHaveTextContent('The school bake sale raised £412 on Friday');
	});

	it('gives the verdict on an answer, marks the claim in its sentence, and saves it', async () => {
		const { choice } = setup();
		await choice('Stated fact').click();
		await expect
			.element(page.getByRole('heading', { name: 'Right: this is a stated fact.' }))
			.toHaveFocus();
		await expect
			.element(page.getByRole('mark').filter({ hasText: 'The school bake sale raised' }))
			.toBeVisible();
		// The explanation is read out after the verdict.
		await expect
			.element(page.getByRole('status').filter({ hasText: 'A sum and a day' }))
			.toHaveTextContent('A sum and a day: the school’s accounts can confirm both.');
		// Saved once the answer is painted (a frame, then a task).
		await vi.waitFor(() => {
			const saved = JSON.parse(localStorage.getItem(progressKey('local-bake-sale')) ?? '{}');
			expect(saved.answers?.['the-school-bake']).toMatchObject({ choice: 'fact' });
		});
	});

	it('says "Not quite" to a wrong answer and leads on to the module’s next section', async () => {
		const { choice, next, question } = setup();
		await choice('Stated fact').click();
		await next().click();
		await expect.element(question()).toHaveTextContent('Claim 2 of 2');
		await choice('Stated fact').click();
		await expect
			.element(
				page.getByRole('heading', { name: 'Not quite: this is speculation, not a stated fact.' })
			)
			.toBeVisible();
		await next().click();
		await expect.element(question()).toHaveTextContent('Section score: 1 of 2 (50%)');
		await expect
			.element(page.getByRole('link', { name: 'Next section: What comes next' }))
			.toBeVisible();
	});

	it('shows the last section with its own claims and no next section', async () => {
		const { question } = setup('what-comes-next');
		await expect.element(page.getByText('Section 2 of 2')).toBeVisible();
		await expect.element(question()).toHaveTextContent('Claim 1 of 2');
		await expect
			.element(page.getByRole('blockquote'))
			.toHaveTextContent('The money will probably pay for a new greenhouse.');
	});
});
