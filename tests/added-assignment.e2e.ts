import type { Browser, Page } from '@playwright/test';
import { checkOf } from '../src/lib/codes/encoding';
import { assignmentFields } from '../src/lib/codes/assignment-link';
import { ADDED_MODULES_KEY } from '../src/lib/storage/keys';
import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	LABEL_NAMES,
	labelOfCurrentClaim,
	quiz,
	test,
	wrongChoice,
	type PublishedModule
} from './fixtures';

// Assignments of a module a teacher made or added: the link carries the module, students add it
// with their consent, and the teacher marks their hand-ins offline against the kept copy.

type Shared = PublishedModule & {
	summary: string;
	source: { name: string; date: string };
	licence: { attribution: string; terms: string; url?: string };
};

/** Deflate-raw in base64url, as module links pack a module (README, "Module links"). */
async function packed(module: unknown): Promise<string> {
	const bytes = await new Response(
		new Blob([JSON.stringify(module)]).stream().pipeThrough(new CompressionStream('deflate-raw'))
	).arrayBuffer();
	return Buffer.from(bytes).toString('base64url');
}

/** The part of a module link after "#": `M1.<packed>.<check>`. */
async function moduleLink(module: unknown): Promise<string> {
	const body = `M1.${await packed(module)}`;
	return `${body}.${checkOf(body)}`;
}

/** A teacher's own module: the warm-up under another id, title and source. */
async function teachersModule(page: Page): Promise<Shared> {
	const module = (await fetchModule(page, 'signal-words')) as Shared;
	return {
		...module,
		id: 'class-vote',
		title: 'Our class vote',
		licence: { ...module.licence, url: 'https://creativecommons.org/licenses/by/4.0/' }
	};
}

/** The teacher adds the module from its link, then makes a practice assignment of it. */
async function assignOwnModule(page: Page, module: Shared) {
	await page.goto(`/open/#${await moduleLink(module)}`);
	await page.getByRole('button', { name: 'Add to my modules' }).click();
	await page.goto('/teach/');
	await page.getByRole('radio', { name: 'Our class vote (on this device)' }).check();
	const sections = page.getByRole('group', { name: 'Sections' });
	for (const section of module.sections) {
		await expect(sections.getByRole('checkbox', { name: section.title })).toBeChecked();
	}
	await page.getByRole('radio', { name: /^Practice:/ }).check();
	await page.getByLabel('Title').fill('Our vote, week 5');
	// The form cannot know yet whether the packed module will fit a QR code: it says so.
	await expect(
		page.getByText(
			'The link carries the module, so it is often too long for a QR code: one is offered only when phones can scan it.'
		)
	).toBeVisible();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByRole('heading', { name: /^Assignment \w{6} is ready$/ })).toBeFocused();
	const ready = page.getByRole('region', { name: /is ready$/ });
	await expect(
		ready.getByText('The link carries the module, so it is too long for a QR code: share the link.')
	).toHaveCount(1);
	// Never a QR code that phones could not scan.
	await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
	await expect(ready.getByRole('button', { name: /Show QR code/ })).toHaveCount(0);
	await expectNoAxeViolations(page);
	return page.getByLabel('Link for students').inputValue();
}

/** A student in a browser of their own opens the link, adds the module and starts. */
async function studentAdds(browser: Browser, link: string, name: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1, name: 'Our vote, week 5' })).toBeVisible();
	const offer = page.getByRole('region', {
		name: 'This assignment comes with its module: Our class vote'
	});
	await expect(offer.getByText('Written by')).toBeVisible();
	// The source's note, such as that the story is made up, as on /open/.
	await expect(offer.getByText(/^A made-up local news story:/)).toBeVisible();
	// The same facts as /open/ shows, the licence in full among them.
	await expect(offer.getByRole('link', { name: 'The licence in full' })).toHaveAttribute(
		'href',
		'https://creativecommons.org/licenses/by/4.0/'
	);
	await offer.getByRole('button', { name: 'Add to my modules' }).click();
	const nameField = page.getByLabel('Your name, as your teacher asked for it');
	await expect(nameField).toBeFocused();
	await nameField.fill(name);
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	return page;
}

/** Answers every section at the added module's section pages, `wrong` of them wrongly. */
async function doAssignment(page: Page, module: PublishedModule, wrong: number) {
	let mistakes = 0;
	await page.getByRole('link', { name: /^Start: / }).click();
	await expect(page).toHaveURL(
		/\/my\/section\/\?module=class-vote&section=[\w-]+&assignment=\w{6}$/
	);
	const region = quiz(page);
	for (;;) {
		await expect(
			region.getByRole('heading', { name: /^(Claim \d+ of \d+|Section score.*|Section done)$/ })
		).toBeVisible();
		const done = region.getByRole('heading', { name: /^(Section score|Section done)/ });
		if (await done.isVisible()) {
			const onward = region.getByRole('link', { name: /^(Next section|Back to your assignment)/ });
			const last = (await onward.innerText()).startsWith('Back');
			await onward.click();
			if (last) break;
			await expect(region.getByRole('heading', { name: /^Claim 1 of \d+$/ })).toBeVisible();
			continue;
		}
		const label = await labelOfCurrentClaim(page, module);
		const choice = mistakes < wrong ? wrongChoice(label) : label;
		if (choice !== label) mistakes++;
		await region.getByRole('button', { name: LABEL_NAMES[choice], exact: true }).click();
		await region.getByRole('button', { name: 'Next' }).click();
	}
	await expect(page).toHaveURL(/\/assignment\/\?code=\w{6}$/);
	await page.getByRole('button', { name: 'Hand in' }).click();
	await expect(page.getByRole('heading', { name: 'Handed in' })).toBeVisible();
	return page.getByLabel('Your result code').inputValue();
}

test.describe('Assignments of a teacher’s own module', () => {
	test('two students add it from the link, hand in, and the teacher marks both', async ({
		page,
		browser
	}) => {
		test.setTimeout(180_000);
		const module = await teachersModule(page);
		const asked = module.claims.filter((c) => c.label !== 'opinion').length;
		const link = await assignOwnModule(page, module);
		expect(link).toMatch(/\/assignment\/#A3\./);

		const ana = await studentAdds(browser, link, 'Ana Lima');
		await expectNoAxeViolations(ana);
		const anaCode = await doAssignment(ana, module, 0);
		const ben = await studentAdds(browser, link, 'Ben Okafor');
		const benCode = await doAssignment(ben, module, 2);
		// The module is the student's now, listed with their other modules.
		await ben.goto('/');
		await expect(ben.getByRole('link', { name: 'Our class vote' })).toBeVisible();

		// Offline on the teacher's device: the module kept with the assignment marks the hand-ins.
		await page.goto('/teach/results/');
		await page.context().setOffline(true);
		await page.getByLabel('Paste result codes, one or many at once').fill(`${anaCode}\n${benCode}`);
		await page.getByRole('button', { name: 'Add results' }).click();
		const table = page.getByRole('table', { name: /Class table/ });
		await expect(table.getByRole('row', { name: /Ana Lima/ })).toContainText(
			`${asked} of ${asked} right (100%)`
		);
		await expect(table.getByRole('row', { name: /Ben Okafor/ })).toContainText(
			`${asked - 2} of ${asked}`
		);
		const items = page.getByRole('table', { name: 'Claims, most missed first' });
		await expect(items.getByRole('row').nth(1)).toContainText('1 of 2');
		await expect(items.getByRole('row').last()).toContainText('2 of 2');
		await expect(page.getByRole('button', { name: /Show QR code/ })).toHaveCount(0);
		await expectNoAxeViolations(page);
		await page.context().setOffline(false);

		// Your assignments on /teach makes the same link again from the kept module.
		await page.goto('/teach/');
		const listed = page.getByRole('region', { name: 'Your assignments' });
		await expect(listed.getByText(/^Our class vote · code \w{6}/)).toBeVisible();
		await expect(
			listed.getByText(
				'The link carries the module, so it is too long for a QR code: share the link.'
			)
		).toBeVisible();
		const preview = listed.getByRole('link', { name: /Preview as a student/ });
		await expect(preview).toHaveAttribute('href', /\?preview=1#A3\./);
	});

	test('a link changed on the way, or whose module is damaged, gets one calm sentence', async ({
		page
	}) => {
		const module = await teachersModule(page);
		const fields = assignmentFields({
			code: 'K7P2QX',
			moduleId: module.id,
			contentVersion: module.version,
			sections: [module.sections[0].id],
			sorting: 'two-way',
			mode: 'test',
			passMark: null,
			title: 'Week 5',
			instructions: '',
			due: null
		});
		const body = `A3.${fields}.${await packed(module)}`;
		const good = `${body}.${checkOf(body)}`;
		const i = 40;
		const mangled = good.slice(0, i) + (good[i] === 'x' ? 'y' : 'x') + good.slice(i + 1);
		await page.goto(`/assignment/#${mangled}`);
		await expect(page.getByRole('alert')).toHaveText(
			'This assignment link is incomplete or was changed on the way. Ask your teacher to send it again, and copy all of it.'
		);
		await expectNoAxeViolations(page);

		const damaged = { ...module, claims: [{ ...module.claims[0], quote: 'Not in the text.' }] };
		const bad = `A3.${fields}.${await packed(damaged)}`;
		await page.goto('/');
		await page.goto(`/assignment/#${bad}.${checkOf(bad)}`);
		await expect(page.getByRole('alert')).toHaveText(
			/^The module in this assignment link breaks a rule of the module format, so it cannot be done\. Tell your teacher: .+\.$/
		);
		await expectNoAxeViolations(page);
		// Nothing was added.
		expect(await page.evaluate((key) => localStorage.getItem(key), ADDED_MODULES_KEY)).toBeNull();
	});

	test('a student with another module of the same id is asked before it is replaced', async ({
		page,
		browser
	}) => {
		test.setTimeout(120_000);
		const module = await teachersModule(page);
		const link = await assignOwnModule(page, module);

		const context = await browser.newContext();
		const student = await context.newPage();
		const other = {
			...module,
			title: 'Another teacher’s vote',
			source: { ...module.source, name: 'Another paper' }
		};
		await student.goto(`/open/#${await moduleLink(other)}`);
		await student.getByRole('button', { name: 'Add to my modules' }).click();
		await expect(student.getByRole('status').filter({ hasText: 'Added' })).toBeVisible();

		await student.goto(link);
		const offer = student.getByRole('region', {
			name: 'This assignment comes with its module: Our class vote'
		});
		await expect(
			offer.getByText(/^You already added another module with this id, “Another teacher’s vote”/)
		).toBeVisible();
		await expect(offer.getByRole('link', { name: 'Keep “Another teacher’s vote”' })).toBeVisible();
		await expectNoAxeViolations(student);
		const stored = () =>
			student.evaluate((key) => JSON.parse(localStorage.getItem(key)!), ADDED_MODULES_KEY);
		expect((await stored()).modules[0].module.title).toBe('Another teacher’s vote');

		await offer
			.getByRole('button', { name: 'Replace “Another teacher’s vote” with this module' })
			.click();
		await expect(student.getByLabel('Your name, as your teacher asked for it')).toBeFocused();
		expect((await stored()).modules[0].module.title).toBe('Our class vote');
		await context.close();
	});
});
