import { describe, expect, it } from 'vitest';
import { describeAnsweredRight, describeProgress } from './describe-progress';

describe('a score in words', () => {
	it('counts unanswered claims as left to do, not as wrong', () => {
		expect(describeProgress({ correct: 0, answered: 0, total: 43 })).toBe(
			'no claims answered yet; 43 to sort'
		);
		expect(describeProgress({ correct: 8, answered: 24, total: 43 })).toBe(
			'8 of 24 answered right (33%); 19 claims left to answer'
		);
		expect(describeProgress({ correct: 1, answered: 2, total: 3 })).toBe(
			'1 of 2 answered right (50%); 1 claim left to answer'
		);
		expect(describeProgress({ correct: 40, answered: 43, total: 43 })).toBe('40 of 43 (93%) right');
	});

	it('scores a section on what was answered in it', () => {
		expect(describeAnsweredRight({ correct: 3, answered: 4, total: 9 })).toBe('3 of 4 (75%)');
		expect(describeAnsweredRight({ correct: 0, answered: 0, total: 9 })).toBe('none answered yet');
	});
});
