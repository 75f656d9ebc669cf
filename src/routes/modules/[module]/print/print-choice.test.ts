import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridAnswer, numberClaims, printQuery, readPrintQuery } from './print-choice';

const sections = [
	{
		id: 'one',
		claims: [
			{ id: 'a', label: 'opinion' as const },
			{ id: 'b', label: 'fact' as const }
		]
	},
	{ id: 'two', claims: [{ id: 'c', label: 'speculation' as const }] },
	{
		id: 'three',
		claims: [
			{ id: 'd', label: 'fact' as const },
			{ id: 'e', label: 'opinion' as const }
		]
	}
];
const ids = sections.map((s) => s.id);

const numbers = (numbered: ReturnType<typeof numberClaims<(typeof sections)[number]>>) =>
	numbered.flatMap((s) => s.claims.map((c) => `${c.id}${c.number}`));

describe('the numbering of printed sheets', () => {
	it('numbers the claims straight through the sections, opinions only in three-way sorting', () => {
		expect(numbers(numberClaims(sections, null, 'two-way'))).toEqual(['b1', 'c2', 'd3']);
		expect(numbers(numberClaims(sections, null, 'three-way'))).toEqual([
			'a1',
			'b2',
			'c3',
			'd4',
			'e5'
		]);
	});

	it('starts from 1 in the first chosen section', () => {
		expect(numbers(numberClaims(sections, ['three', 'two'], 'three-way'))).toEqual([
			'c1',
			'd2',
			'e3'
		]);
	});
});

describe('the choice in the address', () => {
	it('reads the chosen sections in module order and the sorting', () => {
		expect(readPrintQuery('?sections=three%2Cone&sorting=three-way', ids)).toEqual({
			chosen: ['one', 'three'],
			sorting: 'three-way'
		});
	});

	it('prints everything two-way when the address names nothing it knows', () => {
		expect(readPrintQuery('?sections=gone&sorting=four-way', ids)).toEqual({
			chosen: null,
			sorting: 'two-way'
		});
	});

	it('reads back what it writes', () => {
		for (const chosen of [null, ['two'], ['one', 'three']]) {
			for (const sorting of ['two-way', 'three-way'] as const) {
				expect(readPrintQuery(printQuery(chosen, sorting, ids.length), ids)).toEqual({
					chosen,
					sorting
				});
			}
		}
		expect(printQuery(ids, 'two-way', ids.length)).toBe('');
	});

	it('never throws and only ever chooses sections the module has', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc
						.array(
							fc.constantFrom(
								'?',
								'sections=',
								'sorting=',
								'&',
								',',
								'%2C',
								'three-way',
								'one',
								'two',
								'x'
							)
						)
						.map((parts) => parts.join(''))
				),
				(search) => {
					const { chosen, sorting } = readPrintQuery(search, ids);
					expect(['two-way', 'three-way']).toContain(sorting);
					for (const id of chosen ?? []) expect(ids).toContain(id);
				}
			),
			{ numRuns: 10_000 }
		);
	});
});

describe('the answer grid', () => {
	it('gives the letter and the other letters that count on this sheet', () => {
		const claim = { label: 'opinion' as const, accepts: ['speculation' as const] };
		expect(gridAnswer(claim, 'three-way')).toEqual({ letter: 'O', also: '(or S)' });
		const fact = { label: 'fact' as const, accepts: ['speculation' as const, 'opinion' as const] };
		expect(gridAnswer(fact, 'three-way')).toEqual({ letter: 'F', also: '(or S or O)' });
		// Opinion is not a box on a two-way worksheet.
		expect(gridAnswer(fact, 'two-way')).toEqual({ letter: 'F', also: '(or S)' });
		expect(gridAnswer({ label: 'speculation' }, 'two-way')).toEqual({ letter: 'S', also: '' });
	});
});
