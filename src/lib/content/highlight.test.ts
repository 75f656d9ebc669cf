import { describe, expect, it } from 'vitest';
import { highlightQuote, paragraphsOf, paragraphWith } from './highlight';

describe('highlightQuote', () => {
	it('marks the quote and the cue words inside it, keeping every character', () => {
		const paragraph = 'Before. It may well rain, it may. After.';
		const segments = highlightQuote(paragraph, 'It may well rain, it may.', ['may']);
		expect(segments.map((s) => s.text).join('')).toBe(paragraph);
		expect(segments).toEqual([
			{ text: 'Before. ', claim: false, cue: false, far: true },
			{ text: 'It ', claim: true, cue: false },
			{ text: 'may', claim: true, cue: true },
			{ text: ' well rain, it ', claim: true, cue: false },
			{ text: 'may', claim: true, cue: true },
			{ text: '.', claim: true, cue: false },
			{ text: ' After.', claim: false, cue: false, far: true }
		]);
	});

	it('keeps the rest of the sentences the quote sits in near, and the other sentences far', () => {
		const paragraph =
			'It rained. The council said on 3 May that the lane “may open soon”, as planned. It did not! Later.';
		const segments = highlightQuote(paragraph, 'the lane “may open soon”', ['may']);
		expect(segments.map((s) => s.text).join('')).toBe(paragraph);
		expect(
			segments
				.filter((s) => !s.far)
				.map((s) => s.text)
				.join('')
		).toBe('The council said on 3 May that the lane “may open soon”, as planned.');
	});

	it('keeps a quote of several sentences whole, and a decimal point is no sentence end', () => {
		const paragraph = 'A 1.2 km lane. It opens. It is blue. Then more.';
		const segments = highlightQuote(paragraph, 'It opens. It is', []);
		expect(
			segments
				.filter((s) => !s.far)
				.map((s) => s.text)
				.join('')
		).toBe('It opens. It is blue.');
		expect(segments[0]).toEqual({ text: 'A 1.2 km lane. ', claim: false, cue: false, far: true });
	});

	it('has nothing far when the paragraph is one sentence', () => {
		const segments = highlightQuote('The lane “may” open?', 'may', ['may']);
		expect(segments.some((s) => s.far)).toBe(false);
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
