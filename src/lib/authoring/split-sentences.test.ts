import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MAX_TEXT_LENGTH, PIECE, splitSections, splitSentences } from './split-sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
	it('does not split after titles and abbreviations', () => {
		expect(texts('Dr. Smith met Mr. Jones and Mrs. Patel at St. Paul’s. They talked.')).toEqual([
			'Dr. Smith met Mr. Jones and Mrs. Patel at St. Paul’s.',
			'They talked.'
		]);
		expect(texts('Bring tools, e.g. a spade. It is Leeds vs. Hull, i.e. a derby. Go.')).toEqual([
			'Bring tools, e.g. a spade.',
			'It is Leeds vs. Hull, i.e. a derby.',
			'Go.'
		]);
		expect(texts('He lives at No. 5 Station Road. The door is red.')).toEqual([
			'He lives at No. 5 Station Road.',
			'The door is red.'
		]);
	});

	it('keeps U.S. and U.K. inside a sentence, but ends one when a new sentence follows', () => {
		expect(texts('The U.S. Senate voted. The U.K. Parliament did not.')).toEqual([
			'The U.S. Senate voted.',
			'The U.K. Parliament did not.'
		]);
		expect(texts('She moved to the U.S. Then she wrote a book.')).toEqual([
			'She moved to the U.S.',
			'Then she wrote a book.'
		]);
	});

	it('keeps initials with their name', () => {
		expect(texts('J. K. Rowling wrote it. W. E. B. Du Bois read it.')).toEqual([
			'J. K. Rowling wrote it.',
			'W. E. B. Du Bois read it.'
		]);
	});

	it('never splits a decimal', () => {
		expect(texts('Sales rose to 4.2 million. Costs were 3.5% higher.')).toEqual([
			'Sales rose to 4.2 million.',
			'Costs were 3.5% higher.'
		]);
	});

	it('keeps a quotation with its sentence', () => {
		expect(texts('“Stop!” he said. Then he left.')).toEqual(['“Stop!” he said.', 'Then he left.']);
		expect(texts('"It is over. We lost," she said. Nobody spoke.')).toEqual([
			'"It is over. We lost," she said.',
			'Nobody spoke.'
		]);
		expect(texts('He said: “It is over.” Then he left.')).toEqual([
			'He said: “It is over.”',
			'Then he left.'
		]);
	});

	it('ends a sentence at a line break, so a heading stays apart', () => {
		expect(texts('A heading\nThe text starts here. It goes on')).toEqual([
			'A heading',
			'The text starts here.',
			'It goes on'
		]);
	});

	it('gives offsets in UTF-16 code units that mark each sentence in the text', () => {
		const text = '  Wow 🎉 it opened. “Great,” said Dr. Li.\n\nThe end. ';
		const sentences = splitSentences(text);
		expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
			'Wow 🎉 it opened.',
			'“Great,” said Dr. Li.',
			'The end.'
		]);
		expect(sentences[1].start).toBe(text.indexOf('“'));
		for (const s of sentences) expect(s.text).toBe(text.slice(s.start, s.end));
	});

	it('returns nothing for an empty text and rejects what is not text or is too long', () => {
		expect(splitSentences('')).toEqual([]);
		expect(splitSentences(' \n\t ')).toEqual([]);
		expect(() => splitSentences(42 as unknown as string)).toThrow(TypeError);
		expect(() => splitSentences('a'.repeat(MAX_TEXT_LENGTH + 1))).toThrow(/too long/);
	});

	it('splits a long paragraph as it splits its sentences one by one, a piece at a time', () => {
		// V8's segmenter takes time in the square of its input's length: about 10 s for the longest
		// text here in one piece. It must only ever see pieces.
		const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
		try {
			const sentence = 'Dr. J. K. Smith said “It is over. We lost,” on 4.2 counts 🎉. ';
			const paragraph = sentence.repeat(400) + 'The end';
			const sentences = splitSentences(paragraph);
			expect(sentences.map((s) => s.text)).toEqual([
				...Array(400).fill(sentence.trim()),
				'The end'
			]);
			const longest = 'Word here. '.repeat(18_000);
			expect(splitSentences(longest)).toHaveLength(18_000);
			const lengths = segment.mock.calls.map(([input]) => input.length);
			expect(lengths.length).toBeGreaterThan(200);
			expect(Math.max(...lengths)).toBeLessThanOrEqual(PIECE);
		} finally {
			segment.mockRestore();
		}
	});

	it('never overlaps, keeps order and loses no character but white space', () => {
		const piece = fc.constantFrom(
			'Dr.',
			'U.S.',
			'e.g.',
			'No. 5',
			'J. K.',
			'4.2',
			'“',
			'”',
			'"',
			'‘',
			'’',
			'.',
			'!',
			'?',
			' ',
			'\n',
			'\n\n',
			'The',
			'cat',
			'Rowling',
			'🎉',
			'said'
		);
		const textArb = fc.oneof(
			fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' ')),
			fc.string({ maxLength: 200 })
		);
		fc.assert(
			fc.property(textArb, (text) => {
				const sentences = splitSentences(text);
				let at = 0;
				let rebuilt = '';
				for (const s of sentences) {
					expect(s.start).toBeGreaterThanOrEqual(at);
					expect(s.end).toBeGreaterThan(s.start);
					expect(text.slice(at, s.start).trim()).toBe('');
					expect(s.text).toBe(text.slice(s.start, s.end));
					expect(s.text.trim()).toBe(s.text);
					rebuilt += s.text;
					at = s.end;
				}
				expect(text.slice(at).trim()).toBe('');
				expect(rebuilt.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
			}),
			{ numRuns: 500 }
		);
	});
});

describe('splitSections', () => {
	it('starts a section at each Markdown heading, with the heading as its title', () => {
		const sections = splitSections(
			'# Town votes for a cycle lane\n\nThe council voted.\nIt was close.\n\n## What happens next\n\nWork starts soon.\n\nIt may take a year.'
		);
		expect(sections).toEqual([
			{
				title: 'Town votes for a cycle lane',
				heading: 'Town votes for a cycle lane',
				text: 'The council voted. It was close.'
			},
			{
				title: 'What happens next',
				heading: 'What happens next',
				text: 'Work starts soon.\n\nIt may take a year.'
			}
		]);
	});

	it('reads a short line without final punctuation before a blank line as a heading', () => {
		const sections = splitSections(
			'Cycle lane approved\r\n\r\nThe council voted on Monday.\r\n\r\nWhat parents say\r\n\r\nSome are worried.\r\n'
		);
		expect(sections.map((s) => [s.title, s.text])).toEqual([
			['Cycle lane approved', 'The council voted on Monday.'],
			['What parents say', 'Some are worried.']
		]);
	});

	it('keeps a headline over its first section when a heading follows it at once', () => {
		const sections = splitSections('# Big news\n\n## The vote\n\nIt passed.');
		expect(sections).toEqual([{ title: 'The vote', heading: 'Big news', text: 'It passed.' }]);
	});

	it('does not take a sentence, a list item or the last line for a heading', () => {
		const sections = splitSections('The vote passed.\n\n- first point\n\nThanks to all');
		expect(sections).toHaveLength(1);
		expect(sections[0].text).toBe('The vote passed.\n\n- first point\n\nThanks to all');
		expect(sections[0].heading).toBeUndefined();
		expect(sections[0].title).toBe('The vote passed');
		expect(splitSections('It rained. Then it stopped\n\nWe went out.')).toHaveLength(1);
	});

	it('cuts a text without headings into sections of whole paragraphs', () => {
		const paragraph = (n: number) => `Paragraph ${n} ${'word '.repeat(79)}ends here.`;
		const text = [1, 2, 3, 4, 5].map(paragraph).join('\n\n');
		const sections = splitSections(text);
		expect(sections.map((s) => s.text.split('\n\n').length)).toEqual([2, 2, 1]);
		expect(sections[0].title).toBe('Paragraph 1 word word word word…');
		expect(sections.map((s) => s.text).join('\n\n')).toBe(text);
	});

	it('keeps a trailing Markdown heading as text rather than losing it', () => {
		expect(splitSections('Text.\n\n# Notes')).toEqual([
			{ title: 'Text', text: 'Text.' },
			{ title: 'Notes', text: 'Notes' }
		]);
	});

	it('returns nothing for white space and rejects what is not text', () => {
		expect(splitSections('\n \n')).toEqual([]);
		expect(() => splitSections(null as unknown as string)).toThrow(TypeError);
	});
});
