import { describe, expect, it } from 'vitest';
import { describePass, isPassed } from './pass-mark';

describe('the pass mark', () => {
	it('is reached at exactly the mark and missed just below it', () => {
		expect(isPassed({ correct: 6, total: 10 }, 60)).toBe(true);
		expect(isPassed({ correct: 6, total: 11 }, 60)).toBe(false);
		expect(isPassed({ correct: 0, total: 0 }, 0)).toBe(true);
		expect(isPassed({ correct: 3, total: 4 }, null)).toBeNull();
	});

	it('is said with the mark, or not at all without one', () => {
		expect(describePass({ correct: 6, total: 11 }, 60)).toBe('Not passed (pass mark 60%)');
		expect(describePass({ correct: 11, total: 11 }, 100)).toBe('Passed (pass mark 100%)');
		expect(describePass({ correct: 1, total: 11 }, null)).toBeNull();
	});
});
