import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	LABEL_NAMES,
	quiz,
	test,
	wrongChoice,
	type PublishedModule
} from './fixtures';
import type { Page } from '@playwright/test';

/** The parts of the published module (format 2) that these tests read beyond the shared type. */
type Source = { outlet: string; title: string; date: string };
type Module = Omit<PublishedModule, 'sections' | 'claims'> & {
	licence: { attribution: string; terms: string };
	sections: (PublishedModule['sections'][number] & { heading?: string })[];
	claims: (PublishedModule['claims'][number] & {
		heading?: true;
		technique?: string;
		finding?: { text: string; sources: Source[] };
	})[];
};

async function article(page: Page): Promise<Module> {
	return (await fetchModule(page, 'azerbaijan-russia')) as Module;
}

test.describe('The article’s own words', () => {
	test('the worksheet and the key print each heading as the article’s, over its claims', async ({
		page
	}) => {
		const module = await article(page);
		const headed = module.sections.filter((section) => section.heading);
		expect(headed.length).toBeGreaterThan(1);
		for (const path of [
			'/modules/azerbaijan-russia/print/',
			'/modules/azerbaijan-russia/print/key/'
		]) {
			await page.goto(path);
			for (const section of headed) {
				const printed = page.getByRole('region', { name: section.title });
				const kind = section === module.sections[0] ? 'headline' : 'heading';
				await expect(
					printed.getByText(`The article’s ${kind}: “${section.heading}”`)
				).toBeVisible();
			}
		}
	});

	test('the module page shows the headline and headings as the article’s, and whose text it is', async ({
		page
	}) => {
		const module = await article(page);
		const headline = module.sections[0].heading!;
		expect(module.title).not.toBe(headline);

		await page.goto('/modules/azerbaijan-russia/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.title);
		await expect(page.getByRole('region', { name: 'How to sort' })).toContainText(
			'Choose three groups to sort those too.'
		);
		const about = page.getByRole('region', { name: 'About the text' });
		await expect(about.getByText(`The article’s headline: “${headline}”`)).toBeVisible();
		await expect(about).toContainText(module.licence.attribution);
		await expect(about).toContainText(module.licence.terms);
		await expect(about).toContainText(/Unknown/);

		const sections = page.getByRole('region', { name: 'Sections' });
		await expect(sections.getByRole('link')).toHaveText(module.sections.map((s) => s.title));
		for (const section of module.sections.slice(1)) {
			await expect(sections).toContainText(`the article’s heading: “${section.heading}”`);
		}
		await expectNoAxeViolations(page);
	});

	test('the first section shows the headline as the article’s, and teaches it as a loaded question', async ({
		page
	}) => {
		const module = await article(page);
		const headline = module.sections[0].heading!;
		const claim = module.claims.find((c) => c.heading && c.section === module.sections[0].id)!;
		expect(claim.quote).toBe(headline);

		await page.goto('/modules/azerbaijan-russia/');
		await page.getByLabel('Three groups: stated fact, speculation or opinion').check();
		await page.getByRole('link', { name: `Start: ${module.sections[0].title}` }).click();

		const reading = page.getByRole('article');
		await expect(
			reading.getByText(`Section 1 of ${module.sections.length}: the article’s headline`)
		).toBeVisible();
		await expect(reading.getByRole('heading', { level: 1 })).toHaveText(`“${headline}”`);

		const region = quiz(page);
		await expect(region.locator('blockquote')).toHaveText(headline);
		await region.getByRole('button', { name: LABEL_NAMES[wrongChoice(claim.label)] }).click();
		await expect(region.getByRole('heading', { name: /^Not quite: this is/ })).toBeVisible();
		await expect(region).toContainText('This is a loaded question.');
		await expectNoAxeViolations(page);
	});

	test('a later section shows its heading as the article’s', async ({ page }) => {
		const module = await article(page);
		const section = module.sections[1];
		await page.goto(`/modules/azerbaijan-russia/${section.id}/`);
		const reading = page.getByRole('article');
		await expect(
			reading.getByText(`Section 2 of ${module.sections.length}: the article’s heading`)
		).toBeVisible();
		await expect(reading.getByRole('heading', { level: 1 })).toHaveText(`“${section.heading}”`);
	});
});

test.describe('Findings', () => {
	test('name each source by outlet, title and date', async ({ page }) => {
		const module = await article(page);
		const section = module.sections[1];
		// Two-way sorting asks the section's facts and speculation, in file order.
		const first = module.claims.find((c) => c.section === section.id && c.label !== 'opinion')!;
		expect(first.finding).toBeDefined();

		await page.goto(`/modules/azerbaijan-russia/${section.id}/`);
		const region = quiz(page);
		await expect(region.locator('blockquote')).toHaveText(first.quote);
		await region.getByRole('button', { name: LABEL_NAMES[wrongChoice(first.label)] }).click();
		for (const source of first.finding!.sources) {
			await expect(region).toContainText(`${source.outlet}, “${source.title}” (${source.date})`);
		}
		await expectNoAxeViolations(page);
	});
});
