import { describe, expect, it } from 'vitest';
import { isPassed } from './pass-mark';

describe('the pass mark', () => {
	it('is reached at exactly the mark and missed just below it', () => {
		expect(isPassed({ correct: 6, total: 10 }, 60)).toBe(true);
		expect(isPassed({ correct: 6, total: 11 }, 60)).toBe(false);
		expect(isPassed({ correct: 0, total: 0 }, 0)).toBe(true);
		expect(isPassed({ correct: 3, total: 4 }, null)).toBeNull();
	});
});
