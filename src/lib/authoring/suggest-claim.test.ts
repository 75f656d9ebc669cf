import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, suggestClaim } from './suggest-claim';

describe('suggestClaim', () => {
	it('marks each cue with its offsets in the sentence and the reason the teacher sees', () => {
		const sentence = 'It is widely believed that the lane may cut traffic.';
		const suggestion = suggestClaim(sentence);
		expect(suggestion.label).toBe('speculation');
		expect(suggestion.technique).toBe('unnamed-consensus');
		expect(suggestion.cues.map(({ start, end, text }) => [start, end, text])).toEqual([
			[6, 21, 'widely believed'],
			[36, 39, 'may']
		]);
		expect(suggestion.cues[1].reason).toBe("'may' is a hedge: the writer is not sure");
		for (const cue of suggestion.cues) expect(sentence.slice(cue.start, cue.end)).toBe(cue.text);
	});

	it('counts offsets in UTF-16 code units, as the page marks them', () => {
		const sentence = '🚲🚲 Cyclists seem delighted.';
		const [seem] = suggestClaim(sentence).cues;
		expect(seem.text).toBe('seem');
		expect(seem.start).toBe(sentence.indexOf('seem'));
		expect(seem.start).toBe(14);
	});

	it('lets a cue span several words, and the longest match win', () => {
		expect(suggestClaim("It's unclear if the stop will move.").cues[0].text).toBe(
			"It's unclear if"
		);
		expect(suggestClaim('It’s unclear whether it opens.').cues[0].text).toBe(
			'It’s unclear whether'
		);
		const instruction = suggestClaim('Readers should remember that the vote was close.');
		expect(instruction.technique).toBe('rhetorical-instruction');
		expect(instruction.cues.map((c) => c.text)).toEqual(['should remember']);
	});

	it('suggests a fact with the checkable details it names', () => {
		const suggestion = suggestClaim(
			'On 4 November, Millbrook Town Council voted 7 to 2 to build a lane on Station Road.'
		);
		expect(suggestion.label).toBe('fact');
		expect(suggestion.technique).toBeUndefined();
		expect(suggestion.cues.map((c) => [c.kind, c.text])).toEqual([
			['date', '4 November'],
			['name', 'Millbrook Town Council'],
			['number', '7 to 2'],
			['name', 'Station Road']
		]);
		expect(suggestion.confidence).toBe('high');
	});

	it('takes a number word with what it counts, a May for a name, and a superlative of taste for a judgement', () => {
		const term = suggestClaim('The mayor began a two-year term after forty-two votes.');
		expect(term.cues.filter((c) => c.kind === 'number').map((c) => c.text)).toEqual([
			'two-year',
			'forty-two'
		]);
		const name = suggestClaim('May Johnson, 42, opened a café on Main St. in April.');
		expect(name.label).toBe('fact');
		expect(name.cues.map((c) => c.text)).not.toContain('May');
		expect(suggestClaim('May the council change its mind?').cues.map((c) => c.kind)).toContain(
			'hedge'
		);
		const view = suggestClaim('The new library is the most beautiful space in the town.');
		expect(view.label).toBe('opinion');
		expect(view.technique).toBe('value-judgement');
		expect(view.cues.map((c) => c.text)).toContain('beautiful');
	});

	it('tells names from dates next to them, and leaves a possessive off a name', () => {
		const call = suggestClaim(
			'In a call with President Ilham Aliyev on June 27, Pezeshkian’s aide spoke.'
		);
		expect(call.cues.map((c) => [c.kind, c.text])).toEqual([
			['name', 'President Ilham Aliyev'],
			['date', 'June 27'],
			['name', 'Pezeshkian']
		]);
		expect(
			suggestClaim('Yesterday Theresa May met Emmanuel Macron.').cues.map((c) => c.text)
		).toEqual(['Yesterday', 'Theresa May', 'Emmanuel Macron']);
	});

	it('says so when it finds no cue at all', () => {
		const suggestion = suggestClaim('the lane is green.');
		expect(suggestion).toMatchObject({ label: 'fact', cues: [], confidence: 'low' });
		expect(suggestion.why).toMatch(/read it yourself/);
	});

	it('weighs a guessed feeling, a loaded question and a value judgement', () => {
		expect(suggestClaim('Shopkeepers are furious about the plan.').technique).toBe(
			'guessed-motive'
		);
		expect(suggestClaim('Why is the council wasting our money?').technique).toBe('loaded-question');
		const verdict = suggestClaim('Frankly, the old layout was disastrous.');
		expect(verdict.label).toBe('opinion');
		expect(verdict.cues.map((c) => c.text)).toEqual(['Frankly', 'disastrous']);
	});

	it('rejects what is not text and a sentence that is too long', () => {
		expect(() => suggestClaim(undefined as unknown as string)).toThrow(TypeError);
		expect(() => suggestClaim('a'.repeat(MAX_SENTENCE_LENGTH + 1))).toThrow(RangeError);
	});

	it('never throws on any text and keeps every cue inside it, in order', () => {
		const word = fc.constantFrom(
			'may',
			'May',
			'3',
			'will',
			'if',
			'would',
			'said',
			'“',
			'”',
			'"',
			'Dr.',
			'no doubt',
			'should',
			'critics claim',
			'The',
			'Council',
			'widely believed',
			',',
			'.',
			'?',
			'Why'
		);
		const sentence = fc.oneof(
			fc.array(word, { maxLength: 30 }).map((w) => w.join(' ')),
			fc.string({ maxLength: 300 })
		);
		fc.assert(
			fc.property(sentence, (text) => {
				const suggestion = suggestClaim(text);
				for (const list of [suggestion.cues, suggestion.alsoFound, suggestion.setAside]) {
					let at = 0;
					for (const cue of list) {
						expect(cue.start).toBeGreaterThanOrEqual(at);
						expect(cue.end).toBeLessThanOrEqual(text.length);
						expect(text.slice(cue.start, cue.end)).toBe(cue.text);
						at = cue.start;
					}
				}
				expect(['fact', 'speculation', 'opinion']).toContain(suggestion.label);
			}),
			{ numRuns: 500 }
		);
	});
});
