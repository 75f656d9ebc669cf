// fast-check generators of valid assignments and hand-ins, shared by the decoder tests.
import fc from 'fast-check';
import type { Assignment } from './assignment-link';
import type { HandIn } from './result-code';

const CODE_CHARS = [...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'];
export const codeArb = fc
	.array(fc.constantFrom(...CODE_CHARS), { minLength: 6, maxLength: 6 })
	.map((c) => c.join(''));
const slugArb = fc
	.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 })
	.map((parts) => parts.join('-'));
const dateArb = fc
	.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const dueArb: fc.Arbitrary<Assignment['due']> = fc.oneof(
	fc.constant(null),
	dateArb.map((date) => ({ date })),
	fc.record({
		at: fc.integer({ min: 946_684_800, max: 4_102_444_800 }),
		timeZone: fc.constantFrom('Europe/Berlin', 'America/Los_Angeles', 'UTC', 'Etc/GMT+5')
	})
);
const labelArb = fc.constantFrom('fact' as const, 'speculation' as const, 'opinion' as const);

export const assignmentArb: fc.Arbitrary<Assignment> = fc.record({
	code: codeArb,
	moduleId: slugArb,
	contentVersion: fc.integer({ min: 1, max: 999 }),
	sections: fc.uniqueArray(slugArb, { minLength: 1, maxLength: 6 }),
	sorting: fc.constantFrom('two-way' as const, 'three-way' as const),
	mode: fc.constantFrom('practice' as const, 'test' as const),
	passMark: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
	title: fc
		.string({ minLength: 1, maxLength: 120, unit: 'grapheme' })
		.filter((t) => t.trim().length > 0 && t.length <= 120),
	instructions: fc.string({ maxLength: 300, unit: 'grapheme' }).filter((t) => t.length <= 1000),
	due: dueArb
});

export const handInArb: fc.Arbitrary<HandIn> = fc
	.record({
		assignmentCode: codeArb,
		moduleId: slugArb,
		contentVersion: fc.integer({ min: 1, max: 999 }),
		studentName: fc
			.string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
			.filter((n) => n.trim().length > 0 && n.length <= 60),
		startedAt: fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }),
		duration: fc.integer({ min: 0, max: 100_000 }),
		answers: fc.array(fc.option(labelArb, { nil: null }), { maxLength: 70 }),
		offsets: fc.array(fc.integer({ min: 0, max: 46_655 }), { minLength: 70, maxLength: 70 })
	})
	.map(({ duration, offsets, ...rest }) => ({
		...rest,
		handedInAt: rest.startedAt + duration,
		answeredAfter: rest.answers.map((answer, i) => (answer ? offsets[i] : null))
	}));

/** A valid string with one random edit: a character changed, dropped, added, or the end cut off. */
export function mutated(valid: fc.Arbitrary<string>) {
	return fc
		.tuple(
			valid,
			fc.nat(),
			fc.integer({ min: 0, max: 3 }),
			fc.string({ minLength: 1, maxLength: 1 })
		)
		.map(([text, at, kind, char]) => {
			const i = text.length ? at % text.length : 0;
			if (kind === 0)
				return (
					text.slice(0, i) +
					(text[i] === char ? String.fromCharCode(char.charCodeAt(0) ^ 1) : char) +
					text.slice(i + 1)
				);
			if (kind === 1) return text.slice(0, i) + text.slice(i + 1);
			if (kind === 2) return text.slice(0, i) + char + text.slice(i);
			return text.slice(0, i);
		});
}

/** Random text of the kinds people paste: anything, almost-JSON, long runs. */
export const junkArb = fc.oneof(
	fc.string({ maxLength: 300, unit: 'binary' }),
	fc.json(),
	fc.string({ maxLength: 50 }).map((s) => `R1.${s}`),
	fc.string({ maxLength: 50 }).map((s) => `A1.${s}`)
);
