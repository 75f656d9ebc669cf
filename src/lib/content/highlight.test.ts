import { describe, expect, it } from 'vitest';
import { highlightQuote, paragraphsOf, paragraphWith } from './highlight';

describe('highlightQuote', () => {
	it('marks the quote and the cue words inside it, keeping every character', () => {
		const paragraph = 'Before. It may well rain, it may. After.';
		const segments = highlightQuote(paragraph, 'It may well rain, it may.', ['may']);
		expect(segments.map((s) => s.text).join('')).toBe(paragraph);
		expect(segments).toEqual([
			{ text: 'Before. ', claim: false, cue: false },
			{ text: 'It ', claim: true, cue: false },
			{ text: 'may', claim: true, cue: true },
			{ text: ' well rain, it ', claim: true, cue: false },
			{ text: 'may', claim: true, cue: true },
			{ text: '.', claim: true, cue: false },
			{ text: ' After.', claim: false, cue: false }
		]);
	});

	it('leaves the paragraph unmarked when the quote is elsewhere', () => {
		expect(highlightQuote('Plain text.', 'missing', [])).toEqual([
			{ text: 'Plain text.', claim: false, cue: false }
		]);
	});
});

describe('paragraphs', () => {
	it('splits a section on blank lines and finds the one holding a quote', () => {
		const text = 'First one.\n\nSecond one here.';
		expect(paragraphsOf(text)).toEqual(['First one.', 'Second one here.']);
		expect(paragraphWith(text, 'one here')).toBe('Second one here.');
	});
});
