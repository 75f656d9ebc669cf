import { COLLECTION_KEY } from '../src/lib/storage/keys';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { encodeAssignment } from '../src/lib/codes/assignment-link';
import { encodeResult } from '../src/lib/codes/result-code';
import {
	expect,
	expectNoAxeViolations,
	fetchModule,
	LABEL_NAMES,
	labelOfCurrentClaim,
	quiz,
	tabTo,
	test,
	wrongChoice
} from './fixtures';

const SECTION = '/modules/signal-words/the-news/';

/** Answers the claim now asked, rightly or not, and waits for its feedback. */
async function answer(page: Page, right: boolean) {
	const module = await fetchModule(page, 'signal-words');
	const label = await labelOfCurrentClaim(page, module);
	await quiz(page)
		.getByRole('button', { name: LABEL_NAMES[right ? label : wrongChoice(label)] })
		.click();
	await expect(quiz(page).getByRole('button', { name: 'Next' })).toBeVisible();
}

async function next(page: Page) {
	await quiz(page).getByRole('button', { name: 'Next' }).click();
}

/**
 * The feedback on the section's second claim, answered correctly: its cue words sit inside the
 * claim's highlight, and its "What checking shows" box comes last.
 */
async function feedbackWithFinding(page: Page) {
	await page.goto(SECTION);
	await answer(page, true);
	await next(page);
	await answer(page, true);
	await expect(page.getByText('What checking shows:')).toBeVisible();
}

/** A teacher's collection with one assignment of the warm-up and two students' results. */
async function saveCollection(page: Page) {
	const module = await fetchModule(page, 'signal-words');
	const asked = module.claims.filter((claim) => claim.label !== 'opinion').length;
	const link = encodeAssignment({
		code: 'K7P2QX',
		moduleId: 'signal-words',
		contentVersion: module.version,
		sections: module.sections.map((section) => section.id),
		sorting: 'two-way',
		mode: 'practice',
		passMark: 60,
		title: 'Homework on signal words',
		instructions: 'Read each section first.',
		due: null
	});
	const results = ['Ana', 'Ben'].map((studentName, i) => ({
		code: encodeResult({
			assignmentCode: 'K7P2QX',
			moduleId: 'signal-words',
			contentVersion: module.version,
			studentName,
			startedAt: 1_800_000_000 + i,
			handedInAt: 1_800_000_700,
			answers: Array(asked).fill(i ? 'fact' : 'speculation'),
			answeredAfter: Array(asked).fill(5)
		}),
		receivedAt: '2026-11-29T10:00:00.000Z'
	}));
	const collection = {
		version: 1,
		assignments: [{ link, createdAt: '2026-11-29T09:00:00.000Z', results }]
	};
	await page.addInitScript(
		([key, saved]) => localStorage.setItem(key, saved),
		[COLLECTION_KEY, JSON.stringify(collection)]
	);
	return link;
}

interface View {
	name: string;
	open: (page: Page) => Promise<unknown>;
}

const views: View[] = [
	{
		name: 'the home page',
		open: async (page) => {
			await page.goto('/');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
	},
	{
		name: 'a module page',
		open: async (page) => {
			await page.goto('/modules/signal-words/');
			await expect(page.getByRole('group', { name: 'Sort each claim into' })).toBeEnabled();
		}
	},
	{
		name: 'a question',
		open: async (page) => {
			await page.goto(SECTION);
			await expect(quiz(page).getByRole('heading', { name: /^Claim 1 of/ })).toBeVisible();
		}
	},
	{ name: 'the feedback on a right answer', open: feedbackWithFinding },
	{
		name: 'the feedback on an answer that is not quite right',
		open: async (page) => {
			await page.goto(SECTION);
			await answer(page, false);
		}
	},
	{
		name: "a section's score",
		open: async (page) => {
			await page.goto(SECTION);
			const score = quiz(page).getByRole('heading', { name: /^Section score/ });
			for (let i = 0; !(await score.isVisible()); i++) {
				await answer(page, i % 3 !== 0);
				await next(page);
			}
		}
	},
	{
		name: 'the results page',
		open: async (page) => {
			await page.goto(SECTION);
			await answer(page, false);
			await next(page);
			await answer(page, true);
			await page.goto('/modules/signal-words/results/');
			await expect(page.getByText(/Not answered/).first()).toBeVisible();
		}
	},
	{
		name: 'the worksheet',
		open: async (page) => {
			await page.goto('/modules/signal-words/print/');
			await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
		}
	},
	{
		name: 'the answer key',
		open: async (page) => {
			await page.goto('/modules/signal-words/print/key/');
			await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
		}
	},
	{
		name: 'the assignment form with a link and QR code made',
		open: async (page) => {
			await page.goto('/teach/');
			await page.getByLabel('Title').fill('Signal words');
			await page.getByRole('button', { name: 'Create assignment' }).click();
			await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
		}
	},
	{
		name: 'the class results with a class table',
		open: async (page) => {
			await saveCollection(page);
			await page.goto('/teach/results/');
			await expect(page.getByRole('table', { name: /^Class table/ })).toBeVisible();
		}
	},
	{
		name: "a student's assignment before starting",
		open: async (page) => {
			await page.goto(`/assignment/#${await saveCollection(page)}`);
			await expect(page.getByLabel('Your name, as your teacher asked for it')).toBeVisible();
		}
	},
	{
		name: 'a handed-in assignment',
		open: async (page) => {
			await page.goto(`/assignment/#${await saveCollection(page)}`);
			await page.getByLabel('Your name, as your teacher asked for it').fill('Ana');
			await page.getByRole('button', { name: 'Start the assignment' }).click();
			await page.getByRole('button', { name: 'Hand in' }).click();
			await page.getByRole('button', { name: 'Hand in now' }).click();
			await expect(page.getByRole('heading', { name: 'Handed in' })).toBeVisible();
		}
	}
];

const schemes = [
	{ name: 'the dark theme', colorScheme: 'dark', forcedColors: 'none' },
	{ name: 'forced colours on a light system theme', colorScheme: 'light', forcedColors: 'active' },
	{ name: 'forced colours on a dark system theme', colorScheme: 'dark', forcedColors: 'active' }
] as const;

/**
 * The text colour of each element, the colour it is seen on (its own background, else the first
 * ancestor's, else the page's canvas; a translucent layer is blended over the one below) and the
 * contrast ratio between them (WCAG 2.2, relative luminance). With `ownText`, only the elements
 * that show text of their own: visible, and not part of a disabled control.
 */
async function coloursOf(elements: Locator, { ownText = false } = {}) {
	return elements.evaluateAll((nodes, ownText) => {
		type Rgba = [number, number, number, number];
		// The probe keeps the colours it is given: forced colours would turn them all into one.
		const probe = document.createElement('span');
		probe.style.forcedColorAdjust = 'none';
		document.body.append(probe);
		const parse = (colour: string): Rgba => {
			probe.style.color = colour;
			const numbers = getComputedStyle(probe)
				.color.match(/[\d.]+/g)!
				.map(Number);
			return [numbers[0], numbers[1], numbers[2], numbers[3] ?? 1];
		};
		const canvas = parse('Canvas');
		const over = (top: Rgba, below: Rgba): Rgba => [
			top[0] * top[3] + below[0] * (1 - top[3]),
			top[1] * top[3] + below[1] * (1 - top[3]),
			top[2] * top[3] + below[2] * (1 - top[3]),
			1
		];
		const backgroundOf = (element: Element): Rgba => {
			const layers: Rgba[] = [];
			for (let at: Element | null = element; at; at = at.parentElement) {
				const layer = parse(getComputedStyle(at).backgroundColor);
				if (layer[3] > 0) layers.push(layer);
				if (layer[3] === 1) break;
			}
			if (layers.at(-1)?.[3] !== 1) layers.push(canvas);
			return layers.reduceRight((below, top) => over(top, below));
		};
		const luminance = ([r, g, b]: Rgba) => {
			const [R, G, B] = [r, g, b].map((v) => {
				v /= 255;
				return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * R + 0.7152 * G + 0.0722 * B;
		};
		const showsText = (element: Element) =>
			[...element.childNodes].some(
				(child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== ''
			) &&
			element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
			element.getBoundingClientRect().width > 1 &&
			!element.closest(':disabled, .visually-hidden, .print-only');
		const result = nodes
			.filter((node) => !ownText || showsText(node))
			.map((node) => {
				const style = getComputedStyle(node);
				const background = backgroundOf(node);
				const text = over(parse(style.color), background);
				const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
				const size = parseFloat(style.fontSize);
				return {
					text: node.textContent!.trim().slice(0, 60),
					colour: `rgb(${text.slice(0, 3).map(Math.round).join(', ')})`,
					background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
					contrast: (light + 0.05) / (dark + 0.05),
					// WCAG's large text: 18 pt, or 14 pt bold.
					large: size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
				};
			});
		probe.remove();
		return result;
	}, ownText);
}

/**
 * Axe, and in forced colours the contrast of every text as the browser paints it. Axe's own
 * contrast rule cannot judge forced colours: it takes the text colour from
 * -webkit-text-fill-color, which keeps the page's colour, and the background from the forced one
 * (dequelabs/axe-core#3978, dequelabs/axe-core-npm#1067), so it is left to this check there.
 */
async function expectReadable(page: Page, forcedColors: 'active' | 'none') {
	if (forcedColors === 'none') return expectNoAxeViolations(page);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.disableRules(['color-contrast'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
	const texts = await coloursOf(page.locator('body *'), { ownText: true });
	expect(texts.length).toBeGreaterThan(3);
	const unreadable = texts.filter((seen) => seen.contrast < (seen.large ? 3 : 4.5));
	expect(unreadable).toEqual([]);
}

for (const scheme of schemes) {
	test.describe(`In ${scheme.name}`, () => {
		test.use({ colorScheme: scheme.colorScheme, forcedColors: scheme.forcedColors });

		for (const view of views) {
			test(`every text is readable and axe finds nothing on ${view.name}`, async ({ page }) => {
				await view.open(page);
				await expectReadable(page, scheme.forcedColors);
			});
		}

		test.describe('a missing page', () => {
			test.use({ expectedConsoleErrors: [/status of 404/] });

			test('every text is readable and axe finds nothing on it', async ({ page }) => {
				await page.goto('/no-such-page/');
				await expect(
					page.getByRole('heading', { level: 1, name: 'This page does not exist' })
				).toBeVisible();
				await expectReadable(page, scheme.forcedColors);
			});
		});
	});
}

/** How light the page's background is, from 0 (black) to 1 (white). */
async function pageLuminance(page: Page) {
	const [root] = await coloursOf(page.locator('html'));
	const [r, g, b] = root.background.match(/\d+/g)!.map(Number);
	return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

test.describe('Cue words in forced colours', () => {
	for (const colorScheme of ['dark', 'light'] as const) {
		test.describe(`on a ${colorScheme} system theme`, () => {
			test.use({ colorScheme, forcedColors: 'active' });

			test('stay readable where the claim sits in the text and in the list of cue words', async ({
				page
			}) => {
				await feedbackWithFinding(page);
				const cues = quiz(page).locator('.in-context .cue');
				await expect(cues.first()).toBeVisible();
				const marked = await coloursOf(quiz(page).locator('mark, .cue'));
				expect(marked.length).toBeGreaterThan(3);
				for (const seen of marked) {
					expect.soft(seen.colour, `"${seen.text}"`).not.toBe(seen.background);
					expect.soft(seen.contrast, `"${seen.text}"`).toBeGreaterThanOrEqual(4.5);
				}
			});

			test('stay readable on the results page', async ({ page }) => {
				await feedbackWithFinding(page);
				await page.goto('/modules/signal-words/results/');
				const marked = await coloursOf(page.locator('mark, .cue'));
				expect(marked.length).toBeGreaterThan(3);
				for (const seen of marked) {
					expect.soft(seen.contrast, `"${seen.text}"`).toBeGreaterThanOrEqual(4.5);
				}
			});
		});
	}
});

test.describe('Verdicts in forced colours', () => {
	test.use({ colorScheme: 'dark', forcedColors: 'active' });

	test('tell right from not quite by the line beside them, not by its colour alone', async ({
		page
	}) => {
		await page.goto(SECTION);
		await answer(page, false);
		await next(page);
		await answer(page, true);
		await page.goto('/modules/signal-words/results/');
		const style = (item: Locator) =>
			item.evaluate((element) => getComputedStyle(element).borderLeftStyle);
		const items = page.locator('.claim-results > li');
		const notQuite = await style(items.nth(0));
		const right = await style(items.nth(1));
		const unanswered = await style(items.nth(2));
		expect(new Set([notQuite, right, unanswered]).size).toBe(3);
	});
});

test.describe('The dark theme', () => {
	test('follows the system setting', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(SECTION);
		expect(await pageLuminance(page)).toBeGreaterThan(0.9);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await pageLuminance(page)).toBeLessThan(0.15);
		const [heading] = await coloursOf(page.getByRole('heading', { level: 1 }));
		expect(heading.contrast).toBeGreaterThanOrEqual(4.5);
	});

	test('still prints dark text on white paper', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
		await page.goto('/modules/signal-words/print/');
		expect(await pageLuminance(page)).toBeGreaterThan(0.9);
		const [heading] = await coloursOf(page.getByRole('heading', { level: 1 }));
		expect(heading.colour).toBe('rgb(0, 0, 0)');
	});

	test('shows a focus ring that stands out from what surrounds it', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(SECTION);
		const choice = quiz(page).getByRole('button', { name: 'Speculation' });
		await tabTo(page, choice);
		const ring = await choice.evaluate((element) => {
			const style = getComputedStyle(element);
			return { colour: style.outlineColor, width: parseFloat(style.outlineWidth) };
		});
		expect(ring.width).toBeGreaterThanOrEqual(2);
		// The ring is drawn outside the button, on the quiz's background: at least 3:1 against it.
		const [quizBox] = await coloursOf(quiz(page));
		const probe = await page.evaluate(
			([colour, background]) => {
				const rgb = (c: string) =>
					c
						.match(/[\d.]+/g)!
						.slice(0, 3)
						.map(Number);
				const lum = (c: string) => {
					const [r, g, b] = rgb(c).map((v) => {
						v /= 255;
						return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
					});
					return 0.2126 * r + 0.7152 * g + 0.0722 * b;
				};
				const [a, b] = [lum(colour), lum(background)].sort((x, y) => y - x);
				return (a + 0.05) / (b + 0.05);
			},
			[ring.colour, quizBox.background]
		);
		expect(probe).toBeGreaterThanOrEqual(3);
	});

	test('keeps the QR code dark on light, with a light margin round it', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/teach/');
		await page.getByLabel('Title').fill('Signal words');
		await page.getByRole('button', { name: 'Create assignment' }).click();
		const qr = page.getByRole('img', { name: /QR code/ });
		await expect(qr).toBeVisible();
		const surround = await qr.evaluate((element) => {
			const style = getComputedStyle(element);
			return { background: style.backgroundColor, padding: parseFloat(style.paddingTop) };
		});
		expect(surround.background).toBe('rgb(255, 255, 255)');
		expect(surround.padding).toBeGreaterThanOrEqual(8);
	});
});

test.describe('The quiz feedback', () => {
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1366, height: 768 }
	]) {
		test(`leaves room between "What checking shows" and Next at ${viewport.width} px`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await feedbackWithFinding(page);
			const finding = (await quiz(page).locator('.finding').boundingBox())!;
			const nextButton = (await quiz(page).getByRole('button', { name: 'Next' }).boundingBox())!;
			const gap = Math.max(
				nextButton.y - (finding.y + finding.height),
				finding.y - (nextButton.y + nextButton.height)
			);
			expect(gap).toBeGreaterThanOrEqual(12);
		});
	}
});

/** Every fieldset with a legend on the page, with how it is drawn and where it sits. */
async function fieldsets(page: Page) {
	return page.locator('fieldset:has(> legend)').evaluateAll((nodes) =>
		nodes.map((node) => {
			const style = getComputedStyle(node);
			const box = node.getBoundingClientRect();
			const parent = node.parentElement!;
			const parentStyle = getComputedStyle(parent);
			const room =
				parent.clientWidth -
				parseFloat(parentStyle.paddingLeft) -
				parseFloat(parentStyle.paddingRight);
			const after = node.nextElementSibling?.getBoundingClientRect();
			return {
				legend: node.querySelector('legend')!.textContent!.trim(),
				look: [style.borderTopStyle, style.borderTopWidth, style.borderTopColor, style.borderRadius]
					.concat([style.paddingLeft, getComputedStyle(node.querySelector('legend')!).fontWeight])
					.join(' '),
				fillsWidth: Math.abs(box.width - room) < 1,
				gapAfter: after ? after.top - box.bottom : null
			};
		})
	);
}

test.describe('Forms', () => {
	const pages = [
		{ path: '/teach/', ready: (page: Page) => page.getByLabel('Title') },
		{
			path: '/modules/signal-words/print/',
			ready: (page: Page) => page.getByRole('checkbox', { name: 'What happened' })
		},
		{
			path: '/modules/signal-words/',
			ready: (page: Page) => page.getByRole('group', { name: 'Sort each claim into' })
		},
		{
			path: '/teach/results/',
			ready: (page: Page) => page.getByRole('group', { name: 'Assignment' })
		}
	];

	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1366, height: 768 }
	]) {
		test(`draw every fieldset alike, full width and clear of what follows, at ${viewport.width} px`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await saveCollection(page);
			const looks = new Set<string>();
			for (const { path, ready } of pages) {
				await page.goto(path);
				await expect(ready(page)).toBeEnabled();
				const found = await fieldsets(page);
				expect(found.length).toBeGreaterThan(0);
				for (const fieldset of found) {
					looks.add(fieldset.look);
					expect.soft(fieldset.fillsWidth, `${path} ${fieldset.legend}`).toBe(true);
					if (fieldset.gapAfter !== null)
						expect.soft(fieldset.gapAfter, `${path} ${fieldset.legend}`).toBeGreaterThanOrEqual(8);
				}
			}
			expect([...looks]).toHaveLength(1);
		});

		test(`give radios and checkboxes a 24 px target and indent wrapped labels at ${viewport.width} px`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await saveCollection(page);
			let wrapped = 0;
			for (const { path, ready } of pages) {
				await page.goto(path);
				await expect(ready(page)).toBeEnabled();
				const controls = await page
					.locator('label:has(> input[type="radio"], > input[type="checkbox"])')
					.evaluateAll((labels) =>
						labels.map((label) => {
							const input = label.querySelector('input')!.getBoundingClientRect();
							const range = document.createRange();
							range.setStartAfter(label.querySelector('input')!);
							range.setEndAfter(label.lastChild!);
							const lines = [...range.getClientRects()].filter((r) => r.width > 0);
							return {
								text: label.textContent!.trim(),
								width: input.width,
								height: input.height,
								lines: new Set(lines.map((r) => Math.round(r.top))).size,
								textLeft: Math.min(...lines.map((r) => r.left)),
								inputRight: input.right
							};
						})
					);
				expect(controls.length).toBeGreaterThan(0);
				for (const control of controls) {
					expect.soft(control.width, control.text).toBeGreaterThanOrEqual(24);
					expect.soft(control.height, control.text).toBeGreaterThanOrEqual(24);
					expect.soft(control.textLeft, control.text).toBeGreaterThan(control.inputRight);
					if (control.lines > 1) wrapped++;
				}
			}
			if (viewport.width < 400) expect(wrapped).toBeGreaterThan(0);
		});
	}
});
