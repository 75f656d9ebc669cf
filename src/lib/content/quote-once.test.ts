import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteOnce } from './quote-once';

describe('quoteOnce', () => {
	it('nests a quotation inside the quote in single marks, in curly marks only', () => {
		expect(quoteOnce('"It might be closed for weeks," said Mayor Jan Novak.')).toBe(
			'“‘It might be closed for weeks,’ said Mayor Jan Novak.”'
		);
		expect(quoteOnce('The mayor called it “a disgrace” on Monday.')).toBe(
			'“The mayor called it ‘a disgrace’ on Monday.”'
		);
		expect(quoteOnce('The lane opened on Monday.')).toBe('“The lane opened on Monday.”');
	});

	it('nests a quote that is one quotation whole, rather than doubling its marks', () => {
		expect(quoteOnce('"We will win."')).toBe('“‘We will win.’”');
		expect(quoteOnce('“12 March 2025”')).toBe('“‘12 March 2025’”');
		expect(quoteOnce('  (“Nobody knows”)  ')).toBe('“(‘Nobody knows’)”');
	});

	it('opens with one mark and closes with one, and keeps every word, for any text', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const shown = quoteOnce(text);
				expect(shown.startsWith('“')).toBe(true);
				expect(shown.slice(1)).not.toMatch(/^["“]/);
				expect(shown).not.toContain('"');
				const letters = (s: string) => s.replace(/["“”‘’\s]/g, '');
				expect(letters(shown)).toBe(letters(text));
			})
		);
	});
});
