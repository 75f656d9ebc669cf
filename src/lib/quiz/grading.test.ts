import { describe, expect, it } from 'vitest';
import { choicesFor, claimsInQuiz, describeScore, isRight, scoreOf } from './grading';
import { describeRightAnswer } from './right-answer';

const claims = [
	{ id: 'a', label: 'fact' as const },
	{ id: 'b', label: 'speculation' as const },
	{ id: 'c', label: 'opinion' as const }
];
const at = '2026-11-25T10:00:00.000Z';

describe('grading', () => {
	it('leaves opinions out of two-way sorting and offers two buttons', () => {
		expect(claimsInQuiz(claims, 'two-way').map((c) => c.id)).toEqual(['a', 'b']);
		expect(choicesFor('two-way')).toEqual(['fact', 'speculation']);
	});

	it('asks about opinions in three-way sorting with a third button', () => {
		expect(claimsInQuiz(claims, 'three-way')).toHaveLength(3);
		expect(choicesFor('three-way')).toEqual(['fact', 'speculation', 'opinion']);
	});

	it('counts right answers against the key, not against what was answered', () => {
		const score = scoreOf(claims, {
			a: { choice: 'fact', answeredAt: at, reviewed: true },
			b: { choice: 'fact', answeredAt: at, reviewed: true }
		});
		expect(score).toEqual({ correct: 1, answered: 2, total: 3 });
		expect(describeScore(score)).toBe('1 of 3 (33%)');
	});

	it('counts a label the module accepts too as right, and no other', () => {
		const arguable = {
			id: 'd',
			label: 'opinion' as const,
			accepts: [{ label: 'speculation' as const, why: 'It hangs on an earlier “if”.' }]
		};
		expect(isRight(arguable, 'opinion')).toBe(true);
		expect(isRight(arguable, 'speculation')).toBe(true);
		expect(isRight(arguable, 'fact')).toBe(false);
		const score = scoreOf([...claims, arguable], {
			d: { choice: 'speculation', answeredAt: at, reviewed: true },
			c: { choice: 'speculation', answeredAt: at, reviewed: true }
		});
		expect(score).toEqual({ correct: 1, answered: 2, total: 4 });
		expect(describeRightAnswer(arguable)).toBe('Opinion (Speculation is right too)');
		expect(describeRightAnswer(claims[0])).toBe('Stated fact');
	});
});

describe('answers looked up by claim id', () => {
	it('count a claim called "constructor" as unanswered until it is answered', () => {
		const claims = [
			{ id: 'constructor', label: 'fact' as const },
			{ id: 'toString', label: 'speculation' as const }
		];
		expect(scoreOf(claims, {})).toEqual({ correct: 0, answered: 0, total: 2 });
		const answered = {
			constructor: { choice: 'fact' as const, answeredAt: '2026-01-01T00:00:00Z', reviewed: true }
		};
		expect(scoreOf(claims, answered)).toEqual({ correct: 1, answered: 1, total: 2 });
	});
});
