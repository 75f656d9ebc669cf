import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
	ASSIGNMENT_MODULE_LINK_LIMIT,
	decodeAssignmentWithModule,
	encodeAssignmentWithModule
} from './assignment-module-link';
import {
	assignmentFields,
	carriesModule,
	decodeAssignment,
	encodeAssignment,
	type Assignment
} from './assignment-link';
import { checkOf } from './encoding';
import { assignmentArb, junkArb, mutated } from './arbitraries';
import { moduleArb } from './module-arbitraries';
import { packModule } from './module-link';
import type { ModuleContent } from '$lib/content/schema';

vi.setConfig({ testTimeout: 600_000 });

/** An assignment of this module: its id and version, some of its sections. */
const withModuleArb = moduleArb.chain((module) =>
	fc
		.tuple(
			assignmentArb,
			fc.subarray(
				module.sections.map((s) => s.id),
				{ minLength: 1 }
			)
		)
		.map(([assignment, sections]) => ({
			assignment: {
				...assignment,
				moduleId: module.id,
				contentVersion: module.version,
				sections
			} as Assignment,
			module
		}))
);

const withCheck = (body: string) => `${body}.${checkOf(body)}`;

describe('assignment links that carry their module (A3)', () => {
	let pool: { link: string; assignment: Assignment; module: ModuleContent }[] = [];
	beforeAll(async () => {
		const made = fc.sample(withModuleArb, { numRuns: 60, seed: 13 });
		pool = await Promise.all(
			made.map(async ({ assignment, module }) => ({
				link: await encodeAssignmentWithModule(assignment, module),
				assignment,
				module
			}))
		);
	});

	it('round-trip every assignment with its module', async () => {
		await fc.assert(
			fc.asyncProperty(withModuleArb, async ({ assignment, module }) => {
				const link = await encodeAssignmentWithModule(assignment, module);
				expect(link).toMatch(/^A3\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[0-9a-z]{7}$/);
				expect(carriesModule(link)).toBe(true);
				expect(await decodeAssignmentWithModule(link)).toEqual({ ok: true, assignment, module });
			}),
			{ numRuns: 300 }
		);
	});

	it('open when the whole address is pasted or a chat broke it over lines', async () => {
		const { link, assignment, module } = pool[0];
		const pasted = `https://claimwise.example/assignment/#${link.slice(0, 30)}\n${link.slice(30)}`;
		expect(await decodeAssignmentWithModule(pasted)).toEqual({ ok: true, assignment, module });
	});

	it('catch every single-character change: never another assignment or module', async () => {
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
					const read = await decodeAssignmentWithModule(changed);
					expect(read.ok).toBe(false);
					if (!read.ok) expect(read.error).toMatch(/^[A-Z].*\.$/);
				}
			),
			{ numRuns: 5_000 }
		);
	});

	it('never throw on random, mutated or crafted input, and open only what was made', async () => {
		const crafted = fc.oneof(
			// passes the check, but the module part is not DEFLATE
			fc.string({ maxLength: 80 }).map((s) => ({ body: `A3.${s}` })),
			fc.tuple(withModuleArb, fc.uint8Array({ maxLength: 100 })).map(([{ assignment }, bytes]) => ({
				body: `A3.${assignmentFields(assignment)}.${btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '')}`
			}))
		);
		const input = fc.oneof(
			junkArb.map((text) => ({ text })),
			fc.string({ maxLength: 200 }).map((s) => ({ text: `A3.${s}` })),
			mutated(fc.constantFrom(...pool.map(({ link }) => link))).map((text) => ({ text })),
			crafted
		);
		await fc.assert(
			fc.asyncProperty(input, async (made) => {
				const text = 'text' in made ? made.text : withCheck(made.body);
				const read = await decodeAssignmentWithModule(text);
				if (!read.ok) expect(read.error).toMatch(/^[A-Z].*\.$/);
				// only an edit that kept a valid link (a space dropped again) may open
				else expect(pool.map((p) => p.module)).toContainEqual(read.module);
			}),
			{ numRuns: 3_000 }
		);
	});

	it('refuse a module that is not the one the assignment names, even with a good check', async () => {
		const { assignment, module } = pool[0];
		const other = { ...assignment, contentVersion: module.version + 1 };
		const body = `A3.${assignmentFields(other)}.${await packModule(module)}`;
		const read = await decodeAssignmentWithModule(withCheck(body));
		expect(read).toEqual({
			ok: false,
			error:
				'This assignment link is incomplete or was changed on the way. Ask your teacher to send it again, and copy all of it.'
		});
	});

	it('say which rule a damaged module breaks, in one calm sentence', async () => {
		const { assignment, module } = pool[0];
		const broken = {
			...module,
			claims: [{ ...module.claims[0], quote: 'Not in the text at all.' }]
		} as ModuleContent;
		const body = `A3.${assignmentFields(assignment)}.${await packModule(broken)}`;
		const read = await decodeAssignmentWithModule(withCheck(body));
		expect(read.ok).toBe(false);
		if (!read.ok) {
			expect(read.error).toMatch(
				/^The module in this assignment link breaks a rule of the module format, so it cannot be done\. Tell your teacher: .+\.$/
			);
		}
	});

	it('refuse a link longer than a module link may be before reading it', async () => {
		const read = await decodeAssignmentWithModule(`A3.${'a'.repeat(ASSIGNMENT_MODULE_LINK_LIMIT)}`);
		expect(read).toEqual({
			ok: false,
			error:
				'This assignment link is longer than a link can be, so it was not opened. Ask your teacher for the module’s file and a shorter link.'
		});
	});

	it('leave A1 and A2 links to the decoder they always had, which sends A3 links here', () => {
		const { assignment, link } = pool[0];
		const plain = encodeAssignment({ ...assignment, due: null });
		expect(plain).toMatch(/^A2\./);
		expect(carriesModule(plain)).toBe(false);
		expect(decodeAssignment(plain).ok).toBe(true);
		expect(decodeAssignment(link)).toEqual({
			ok: false,
			error: 'This assignment link carries its module: open it on the assignment page.'
		});
		expect(decodeAssignment(withCheck('A4.e30')).ok).toBe(false);
	});
});
