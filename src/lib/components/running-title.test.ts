import { describe, expect, it } from 'vitest';
import { cssString } from './running-title';

describe('a title in a printed footer', () => {
	it('stays one CSS string whatever the title holds', () => {
		expect(cssString('Week 3 "quiz"')).toBe('"Week 3 \\"quiz\\""');
		expect(cssString('a\\b')).toBe('"a\\\\b"');
		expect(cssString('two\nlines')).toBe('"two lines"');
		expect(cssString('"; } } body { display: none')).toBe('"\\"; } } body { display: none"');
	});
});
