import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
	decodeModuleLink,
	encodeModuleLink,
	MODULE_JSON_LIMIT,
	MODULE_LINK_LIMIT,
	type ModuleInput
} from './module-link';
import { mutated } from './arbitraries';
import { decodeAssignment } from './assignment-link';
import { moduleArb } from './module-arbitraries';
import {
	base64Url,
	countUnpacking,
	craftedLink,
	deflate,
	hostileLinkArb,
	hostileLinkText,
	withCheck
} from './hostile-module-inputs';
import type { ModuleContent } from '$lib/content/schema';

// Ten thousand inputs per property take several seconds alone, minutes beside the whole suite on
// two busy cores; a test cut off by its timeout would run on beside the next ones.
vi.setConfig({ testTimeout: 600_000 });

const builtIn = (id: string): ModuleContent =>
	JSON.parse(readFileSync(new URL(`../content/modules/${id}.json`, import.meta.url), 'utf8'));

const kindOf = (read: ModuleInput) => read.problem?.kind;

function sample() {
	return {
		format: 2,
		id: 'local-vote',
		version: 1,
		title: 'The local vote',
		summary: 'A short story about a vote.',
		source: { name: 'Written for the tests', date: 'November 2026' },
		licence: { attribution: 'Written for the tests.', terms: 'Free to use in the tests.' },
		sections: [{ id: 'one', title: 'One', text: 'The vote was 7 to 2. It may rain.' }],
		claims: [
			{
				id: 'vote',
				section: 'one',
				quote: 'The vote was 7 to 2.',
				label: 'fact',
				cues: ['7 to 2'],
				explanation: 'A count you can check.',
				check: 'Read the minutes.'
			}
		]
	};
}

describe('module links', () => {
	// Valid links made once, each with its module: the raw material of changed links.
	let pool: { link: string; module: ModuleContent }[] = [];
	beforeAll(async () => {
		const modules = fc.sample(moduleArb, { numRuns: 150, seed: 13 });
		pool = await Promise.all(
			modules.map(async (module) => ({ link: await encodeModuleLink(module), module }))
		);
	});

	it('round-trip every valid module', async () => {
		await fc.assert(
			fc.asyncProperty(moduleArb, async (module) => {
				const link = await encodeModuleLink(module);
				expect(link).toMatch(/^M1\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/);
				expect(await decodeModuleLink(link)).toEqual({ module });
			}),
			{ numRuns: 1_000 }
		);
	});

	it('carry both built-in modules, well under the length limit', async () => {
		for (const id of ['signal-words', 'azerbaijan-russia']) {
			const module = builtIn(id);
			const link = await encodeModuleLink(module);
			expect(link.length).toBeLessThan(MODULE_LINK_LIMIT / 2);
			expect(await decodeModuleLink(link)).toEqual({ module });
		}
	});

	it('open when the whole address is pasted, or a chat broke the link over lines', async () => {
		const { link, module } = pool[0];
		expect(await decodeModuleLink(`https://claimwise.example/open/#${link}`)).toEqual({ module });
		const broken = `${link.slice(0, 40)}\n${link.slice(40, 90)} \n${link.slice(90)}.`;
		expect(await decodeModuleLink(broken)).toEqual({ module });
	});

	it('open when the link is pasted with words around it', async () => {
		const { link, module } = pool[0];
		const address = `https://claimwise.example/open/#${link}`;
		for (const message of [
			`Here is the module: ${address} Thanks!`,
			`Here is the module:\n${address}\n\nSee you on Monday.`,
			`Module: ${link}, due Friday`,
			`${link.slice(0, 50)}\n${link.slice(50)} (from Ms Reyes)`
		])
			expect(await decodeModuleLink(message), message).toEqual({ module });
		// one character changed is still refused, words or not
		const changed = `${link.slice(0, 20)}${link[20] === 'A' ? 'B' : 'A'}${link.slice(21)}`;
		expect((await decodeModuleLink(`See ${changed} thanks`)).problem?.kind).toBe('damaged');
	});

	it('catch every single-character change: never a different module', async () => {
		const linkChars = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'];
		await fc.assert(
			fc.asyncProperty(
				fc.nat({ max: pool.length - 1 }),
				fc.nat(),
				fc.constantFrom(...linkChars),
				async (which, at, char) => {
					const { link } = pool[which];
					const i = at % link.length;
					fc.pre(link[i] !== char);
					const changed = link.slice(0, i) + char + link.slice(i + 1);
					expect((await decodeModuleLink(changed)).problem?.kind).toMatch(
						/^(damaged|not-a-module|newer)$/
					);
				}
			),
			{ numRuns: 10_000 }
		);
	});

	it('turn any other one-character edit into a problem or the very same module', async () => {
		const edited = fc
			.nat({ max: 149 })
			.chain((which) => mutated(fc.constant(pool[which].link)).map((input) => ({ input, which })));
		await fc.assert(
			fc.asyncProperty(edited, async ({ input, which }) => {
				const read = await decodeModuleLink(input);
				// white space a chat adds is dropped, so such an edit still opens the same module
				if (read.module) expect(read.module).toEqual(pool[which].module);
				else expect(read.problem.message).toMatch(/\w/);
			}),
			{ numRuns: 2_000 }
		);
	});

	// How fast each is refused is measured by `npm run bench:hostile`, not here.
	it('reject 10,000 random, mutated and crafted inputs without throwing', async () => {
		const links = pool.map(({ link }) => link);
		await fc.assert(
			fc.asyncProperty(hostileLinkArb(links), async (made) => {
				const read = await decodeModuleLink(await hostileLinkText(made));
				if (read.problem) expect(read.problem.message).toMatch(/^[A-Z].*\.$/);
				// only an edit that kept a valid link (a space dropped again) may open a module
				else expect(pool.map(({ module }) => module)).toContainEqual(read.module);
			}),
			{ numRuns: 10_000 }
		);
	});
});

describe('a module link that cannot be opened', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('says there is no module in an empty fragment or a result code', async () => {
		for (const text of ['', '#', 'R1.ABCDEF.x.1', 'hello']) {
			const read = await decodeModuleLink(text);
			expect(read.problem).toEqual({
				kind: 'not-a-module',
				message:
					'This link has no Claimwise module in it: ask for the whole link, or for the module’s file.'
			});
		}
	});

	it('says an assignment link is one, and where to open it', async () => {
		for (const text of ['A2.eyJ9.0000000', 'https://x.test/assignment/#A3.eyJ9.abc.0000000']) {
			expect((await decodeModuleLink(text)).problem).toEqual({
				kind: 'not-a-module',
				message:
					'This is an assignment link, not a module link: open the assignment to see it with its module.',
				// The assignment's part after "#", for a way there.
				assignment: text.replace(/^.*#/, '')
			});
		}
		const link = await encodeModuleLink(sample() as ModuleContent);
		expect(decodeAssignment(`https://x.test/open/#${link}`)).toEqual({
			ok: false,
			error:
				'This is a link to a module, not to an assignment: open it as a module, or ask your teacher for the assignment link.'
		});
	});

	it('says a link of a later format needs a newer Claimwise', async () => {
		expect((await decodeModuleLink(withCheck('abc', 'M2'))).problem?.message).toBe(
			'This module was made with a newer version of Claimwise: reload the page to get it.'
		);
		const later = await craftedLink(JSON.stringify({ ...sample(), format: 3 }));
		expect(kindOf(await decodeModuleLink(later))).toBe('newer');
	});

	it('says a link changed on the way is damaged, before unpacking it', async () => {
		const link = await encodeModuleLink(sample() as ModuleContent);
		const i = 20;
		const changed = link.slice(0, i) + (link[i] === 'x' ? 'y' : 'x') + link.slice(i + 1);
		const unpacked = vi.fn();
		vi.stubGlobal('DecompressionStream', unpacked);
		expect((await decodeModuleLink(changed)).problem).toEqual({
			kind: 'damaged',
			message:
				'This module link is incomplete or was changed on the way: ask for it again and copy all of it.'
		});
		expect(unpacked).not.toHaveBeenCalled();
	});

	it('says a link cut short anywhere is incomplete, never from a newer Claimwise', async () => {
		const link = await encodeModuleLink(sample() as ModuleContent);
		for (let cut = 1; cut < 40; cut++) {
			expect(kindOf(await decodeModuleLink(link.slice(0, -cut))), `${cut} cut`).toBe('damaged');
		}
	});

	it('calls a payload that passes the check but does not unpack damaged', async () => {
		expect(kindOf(await decodeModuleLink(withCheck('AAAA')))).toBe('damaged');
		const packed = await deflate(new TextEncoder().encode(JSON.stringify(sample())));
		const cut = withCheck(base64Url(packed.subarray(0, packed.length - 4)));
		expect(kindOf(await decodeModuleLink(cut))).toBe('damaged');
		// unpacks, but to bytes that are not UTF-8 text
		expect(kindOf(await craftedLinkOfBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toBe(
			'damaged'
		);
	});

	async function craftedLinkOfBytes(bytes: Uint8Array<ArrayBuffer>) {
		return decodeModuleLink(withCheck(base64Url(await deflate(bytes))));
	}

	it('refuses a link over the length limit at once, without reading it', async () => {
		const huge = withCheck('A'.repeat(MODULE_LINK_LIMIT));
		const unpack = vi.spyOn(globalThis, 'atob');
		const read = await decodeModuleLink(huge);
		expect(unpack).not.toHaveBeenCalled();
		unpack.mockRestore();
		expect(read.problem).toEqual({
			kind: 'too-long',
			message:
				'This link is longer than a module link can be (65,536 characters), so it was not opened: ask for the module’s file instead.'
		});
		expect(kindOf(await decodeModuleLink('M'.repeat(50_000_000)))).toBe('too-long');
	});

	it('stops unpacking a small link that would expand into 40 MB soon after the limit', async () => {
		const bomb = withCheck(base64Url(await deflate(new Uint8Array(40_000_000).fill(32))));
		expect(bomb.length).toBeLessThan(MODULE_LINK_LIMIT);
		const counter = countUnpacking();
		const read = await decodeModuleLink(bomb);
		expect(read.problem).toEqual({
			kind: 'expands-too-much',
			message: 'This link unpacks to more than a module can hold (512 KB), so it was not opened.'
		});
		vi.stubGlobal('DecompressionStream', counter.Counting);
		expect(kindOf(await decodeModuleLink(bomb))).toBe('expands-too-much');
		expect(counter.unpacked()).toBeGreaterThan(MODULE_JSON_LIMIT);
		expect(counter.unpacked()).toBeLessThan(2 * MODULE_JSON_LIMIT);
	});

	it('names the rule a module breaks, and lists every one', async () => {
		const module = sample();
		module.claims[0].quote = 'The vote was 8 to 1.';
		module.claims[0].cues = ['8 to 1'];
		const read = await decodeModuleLink(await craftedLink(JSON.stringify(module)));
		expect(read.problem).toEqual({
			kind: 'invalid',
			message:
				'The module in this link breaks a rule of the module format, so it was not opened: claim "vote": quote is not in section "one".',
			rules: ['claim "vote": quote is not in section "one"']
		});
		const noCheck = sample() as Record<string, unknown>;
		noCheck.claims = [{ ...sample().claims[0], check: undefined, cues: ['nine'] }];
		const two = await decodeModuleLink(await craftedLink(JSON.stringify(noCheck)));
		expect(two.problem?.message).toMatch(/\(and 1 more\)\.$/);
		expect(two.problem?.rules).toHaveLength(2);
	});

	// How fast is measured by `npm run bench:hostile`.
	it('refuses a small link whose quotes repeat thousands of times', async () => {
		const text = `A${' a'.repeat(120_000)}.`;
		const claims = Array.from({ length: 1500 }, (_, i) => ({
			...sample().claims[0],
			id: `c${i}`,
			quote: 'a a',
			cues: ['a']
		}));
		const link = await craftedLink(
			JSON.stringify({ ...sample(), sections: [{ id: 'one', title: 'One', text }], claims })
		);
		const read = await decodeModuleLink(link);
		expect(read.problem?.message).toContain(
			'claim "c0": quote occurs more than once in section "one"; quote a longer span'
		);
	});

	it('says JSON that is not a module, such as a result file, holds no module', async () => {
		const result = await craftedLink('{"format":"claimwise-result","version":1,"code":"R1.x"}');
		expect(kindOf(await decodeModuleLink(result))).toBe('not-a-module');
		expect(kindOf(await decodeModuleLink(await craftedLink('not json')))).toBe('not-a-module');
		// Some other tool's data with sections, but not the module format.
		const other = await craftedLink('{"title":"Notes","sections":[{"name":"one"}]}');
		expect(kindOf(await decodeModuleLink(other))).toBe('not-a-module');
	});
});
