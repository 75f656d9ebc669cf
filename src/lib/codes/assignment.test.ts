import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AssignmentSchema, validAssignment, validDue, type Assignment } from './assignment';
import { LINK_FIELDS } from './assignment-link';
import { assignmentArb } from './arbitraries';

const fields = Object.keys(AssignmentSchema.entries);

const base: Assignment = {
	code: 'ABC123',
	moduleId: 'signal-words',
	contentVersion: 1,
	sections: ['the-news', 'what-next'],
	sorting: 'two-way',
	mode: 'practice',
	passMark: null,
	title: 'Week 3',
	instructions: '',
	due: null
};

describe('the assignment shape, written once', () => {
	it('is what the link carries, field for field and in order', () => {
		// A field added to the schema and not to the link (or the other way round) fails here.
		expect([...LINK_FIELDS]).toEqual(fields);
	});

	it('is what the tests generate: every generated assignment has exactly its fields and is valid', () => {
		fc.assert(
			fc.property(assignmentArb, (assignment) => {
				expect(Object.keys(assignment).sort()).toEqual([...fields].sort());
				expect(validAssignment(assignment)).toEqual(assignment);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('validAssignment', () => {
	it('keeps a valid assignment, without fields it does not know', () => {
		expect(validAssignment({ ...base, extra: 'x' })).toEqual(base);
	});

	it.each<[string, Record<string, unknown>]>([
		['a code with a letter codes never use', { code: 'ABCDEI' }],
		['a module id that is not a slug', { moduleId: 'Signal Words' }],
		['a content version of 0', { contentVersion: 0 }],
		['a content version that is not whole', { contentVersion: 1.5 }],
		['no sections', { sections: [] }],
		['the same section twice', { sections: ['the-news', 'the-news'] }],
		['51 sections', { sections: Array.from({ length: 51 }, (_, i) => `s${i}`) }],
		['an unknown sorting', { sorting: 'four-way' }],
		['an unknown mode', { mode: 'exam' }],
		['a pass mark over 100', { passMark: 101 }],
		['a pass mark as text', { passMark: '50' }],
		['a blank title', { title: '   ' }],
		['a title over 120 characters', { title: 'x'.repeat(121) }],
		['instructions over 1,000 characters', { instructions: 'x'.repeat(1001) }],
		['no due field', { due: undefined }],
		['a due day that does not exist', { due: '2026-02-30x' }]
	])('turns away %s', (_, change) => {
		expect(validAssignment({ ...base, ...change })).toBeNull();
	});

	it('turns away what is not an object', () => {
		for (const value of [null, 'A2.x', 3, [base]]) expect(validAssignment(value)).toBeNull();
	});
});

describe('validDue', () => {
	it('reads a moment, a day, and the bare day the first release saved', () => {
		expect(validDue({ at: 1_800_000_000, timeZone: 'Europe/Berlin' })).toEqual({
			at: 1_800_000_000,
			timeZone: 'Europe/Berlin'
		});
		expect(validDue({ date: '2026-03-12' })).toEqual({ date: '2026-03-12' });
		expect(validDue('2026-03-12')).toEqual({ date: '2026-03-12' });
		expect(validDue(null)).toBeNull();
	});

	it('turns away moments outside 2000-2100, odd zone names and damaged days', () => {
		expect(validDue({ at: 100, timeZone: 'UTC' })).toBeUndefined();
		expect(validDue({ at: 1_800_000_000, timeZone: 'Europe/<b>' })).toBeUndefined();
		expect(validDue({ at: 1_800_000_000.5, timeZone: 'UTC' })).toBeUndefined();
		expect(validDue({ date: '2026-13-01' })).toBeUndefined();
		expect(validDue(undefined)).toBeUndefined();
	});
});
