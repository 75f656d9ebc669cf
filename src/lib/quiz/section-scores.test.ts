import { describe, expect, it } from 'vitest';
import type { Label } from '$lib/content/labels';
import { percentRight, scoredSections, totalScore } from './section-scores';

const at = '2026-01-01T00:00:00Z';
const sections: { id: string; claims: { id: string; label: Label }[] }[] = [
	{
		id: 'one',
		claims: [
			{ id: 'a', label: 'fact' },
			{ id: 'b', label: 'opinion' }
		]
	},
	{ id: 'two', claims: [{ id: 'c', label: 'speculation' }] }
];

describe('sections with scores', () => {
	it('number claims straight through and score each section on its own', () => {
		const scored = scoredSections(sections, (s) => s.claims, {
			a: { choice: 'fact', answeredAt: at, reviewed: true },
			c: { choice: 'fact', answeredAt: at, reviewed: true }
		});
		expect(scored.map((s) => [s.id, s.first, s.score])).toEqual([
			['one', 1, { correct: 1, answered: 1, total: 2 }],
			['two', 3, { correct: 0, answered: 1, total: 1 }]
		]);
		expect(totalScore(scored.map((s) => s.score))).toEqual({ correct: 1, answered: 2, total: 3 });
	});

	it('ask only about the claims given for each section', () => {
		const scored = scoredSections(
			sections,
			(s) => s.claims.filter((c) => c.label !== 'opinion'),
			{}
		);
		expect(scored.map((s) => [s.first, s.claims.length])).toEqual([
			[1, 1],
			[2, 1]
		]);
	});
});

describe('percentRight', () => {
	it('rounds to a whole percent of all claims, and is 0 with none', () => {
		expect(percentRight({ correct: 2, total: 3 })).toBe(67);
		expect(percentRight({ correct: 0, total: 0 })).toBe(0);
	});
});
