import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	quiz,
	test,
	type PublishedModule
} from './fixtures';

type PublishedClaim = PublishedModule['claims'][number];

const modules = ['signal-words', 'azerbaijan-russia'];

test.describe('Every page', () => {
	// One test per page, so that each gets the whole timeout even on a slow two-core machine.
	for (const path of [
		'/',
		...modules.flatMap((m) => [
			`/modules/${m}/`,
			`/modules/${m}/results/`,
			`/modules/${m}/print/`,
			`/modules/${m}/print/key/`
		])
	]) {
		test(`passes axe on ${path}`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}

	for (const id of modules) {
		test(`passes axe on every section of ${id} in its first question`, async ({ page }) => {
			const module = await fetchModule(page, id);
			for (const section of module.sections) {
				await page.goto(`/modules/${id}/${section.id}/`);
				await expect(quiz(page).getByRole('heading', { name: /^Claim 1 of/ })).toBeVisible();
				await expectNoAxeViolations(page);
			}
		});
	}

	test('passes axe in feedback and in the start-over dialog', async ({ page }) => {
		await page.goto('/modules/signal-words/the-news/');
		await quiz(page).getByRole('button', { name: 'Speculation' }).click();
		await expect(quiz(page).getByRole('button', { name: 'Next' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.goto('/modules/signal-words/');
		await page.getByRole('button', { name: 'Start over…' }).click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('shows the article text before any script runs', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const module = await fetchModule(page, 'azerbaijan-russia');
		for (const section of module.sections) {
			await page.goto(`/modules/azerbaijan-russia/${section.id}/`);
			// The article's own heading where it has one, else our title.
			const heading = (section as { heading?: string }).heading ?? section.title;
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			for (const paragraph of section.text.split('\n\n')) {
				await expect(page.getByText(paragraph, { exact: true })).toBeVisible();
			}
		}
		await context.close();
	});

	test('publishes each module as data with a version and a schema', async ({ page }) => {
		const module = await fetchModule(page, 'azerbaijan-russia');
		expect(module.version).toBeGreaterThanOrEqual(1);
		expect(module.sections.map((s) => s.id)).toContain('demonization-of-russia');
		for (const claim of module.claims as (PublishedClaim & { heading?: true })[]) {
			const section = module.sections.find((s) => s.id === claim.section)!;
			// A claim on a heading quotes the article's heading over the section, not its text.
			const where = claim.heading ? (section as { heading?: string }).heading : section.text;
			expect(where).toContain(claim.quote);
		}
		// The data names its own schema; the format 1 schema stays published for old readers.
		const published = (await (
			await page.request.get('/modules/azerbaijan-russia.json')
		).json()) as { $schema: string; format: number };
		const schemaPath = new URL(published.$schema, 'http://site/modules/azerbaijan-russia.json');
		const schema = await page.request.get(schemaPath.pathname);
		expect((await schema.json()).title).toBe(`Claimwise module (format ${published.format})`);
		const old = await page.request.get('/schemas/module.v1.schema.json');
		expect((await old.json()).title).toBe('Claimwise module (format 1)');
	});
});

test.describe('A missing page', () => {
	test.use({ expectedConsoleErrors: [/status of 404/] });

	test('says clearly that it does not exist and links home', async ({ page }) => {
		const response = await page.goto('/modules/no-such-module/');
		expect(response?.status()).toBe(404);
		await expect(
			page.getByRole('heading', { level: 1, name: 'This page does not exist' })
		).toBeVisible();
		await page.getByRole('link', { name: 'Go to the list of modules' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Stated fact, speculation or opinion?' })
		).toBeVisible();
	});
});
