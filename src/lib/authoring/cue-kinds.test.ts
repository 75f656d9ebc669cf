import { describe, expect, it } from 'vitest';
import { CUE_LEXICON } from './cue-lexicon';
import { suggestedExplanation } from './explanations';
import { suggestClaim } from './suggest-claim';

// Whole kinds of cue, each read the same way wherever it turns up: boosters, unnamed sources,
// numbers that go together, and the reasons the teacher reads.
const cues = (sentence: string) => suggestClaim(sentence).cues.map((c) => [c.text, c.kind]);
const labelOf = (sentence: string) => {
	const { label, technique } = suggestClaim(sentence);
	return [label, technique].filter(Boolean).join('/');
};

describe('boosters: words that make a claim sound sure without proving it', () => {
	it('marks every booster as one, so the teacher sees what makes it sound sure', () => {
		const boosted: [string, string][] = [
			['There is no doubt that the bridge is closed.', 'There is no doubt that'],
			['Undoubtedly the bridge is closed.', 'Undoubtedly'],
			['Clearly, the bridge is closed.', 'Clearly'],
			['Obviously the bridge is closed.', 'Obviously'],
			['The bridge is certainly closed.', 'certainly'],
			['The bridge is, without doubt, closed.', 'without doubt'],
			['Of course, the bridge is closed.', 'Of course'],
			['It is clear that the bridge is closed.', 'It is clear that'],
			['The bridge is definitely closed.', 'definitely']
		];
		for (const [sentence, booster] of boosted) {
			const suggestion = suggestClaim(sentence);
			// Sounding sure is no hedge, and no verdict on good or bad: the rest decides the label.
			expect(suggestion.label, sentence).toBe('fact');
			expect(
				suggestion.cues.map((c) => [c.text, c.kind]),
				sentence
			).toContainEqual([booster, 'booster']);
			const reason = suggestion.cues.find((c) => c.kind === 'booster')!.reason;
			expect(reason, sentence).toBe(
				`'${booster}' is a booster: it sounds sure, but proves nothing`
			);
			expect(suggestion.why, sentence).toMatch(/sounds sure .* is no proof/);
		}
	});

	it('leaves the label to the rest of the sentence: a boosted guess is still a guess', () => {
		expect(labelOf('There is no doubt that the new lane will make the road safer.')).toBe(
			'speculation/prediction'
		);
		expect(labelOf('Clearly, the plan is a disgrace.')).toBe('opinion/value-judgement');
		// "obviously" was a value judgement; the judgement is in "wrong to", not in the booster.
		expect(labelOf('Obviously, the council was wrong to close the library.')).toBe(
			'opinion/value-judgement'
		);
		expect(cues('Obviously, the council was wrong to close the library.')).toEqual([
			['was wrong to', 'value-judgement']
		]);
		const guess = suggestClaim('Undoubtedly the vote may be delayed.');
		expect(guess.label).toBe('speculation');
		expect(guess.alsoFound.map((c) => [c.text, c.kind])).toEqual([['Undoubtedly', 'booster']]);
	});

	it('keeps "almost certainly" a hedge and "spoke clearly" no cue at all', () => {
		expect(cues('The bridge will almost certainly close.')).toContainEqual([
			'almost certainly',
			'hedge'
		]);
		expect(cues('The mayor spoke clearly to the crowd on Monday.')).not.toContainEqual([
			'clearly',
			'booster'
		]);
		expect(cues('The exit was clearly marked.')).toEqual([]);
	});

	it('files no booster under another kind in the lexicon', () => {
		const boosters = ['obviously', 'clearly', 'certainly', 'undoubtedly', 'of course', 'no doubt'];
		for (const entry of CUE_LEXICON)
			if (boosters.includes(entry.pattern)) expect(entry.kind, entry.pattern).toBe('booster');
	});

	it('explains a fact by what can be checked, not by the booster', () => {
		const explanation = suggestedExplanation('fact', null, [
			{ text: 'Clearly', kind: 'booster' },
			{ text: '40', kind: 'number' }
		]);
		expect(explanation).toBe(
			'“40” gives details you could look up, and the writer states them plainly, without a hedge.'
		);
		expect(suggestedExplanation('fact', null, [{ text: 'Clearly', kind: 'booster' }])).toMatch(
			/^“Clearly” only makes it sound sure, and sounding sure proves nothing\./
		);
	});
});

describe('unnamed sources', () => {
	it('reads an office that speaks, unnamed, as who said what (a fact)', () => {
		for (const [sentence, cue] of [
			['Officials said the road would reopen in spring.', 'Officials said'],
			['The road would reopen in spring, officials said.', 'officials said'],
			['Government officials told reporters the talks had failed.', 'officials told'],
			['The authorities said the water was safe to drink.', 'authorities said'],
			['A spokesperson said the shop might close early.', 'spokesperson said']
		]) {
			const suggestion = suggestClaim(sentence);
			expect(suggestion.label, sentence).toBe('fact');
			const attribution = suggestion.cues.find((c) => c.kind === 'attribution');
			expect(attribution?.text, sentence).toBe(cue);
			expect(attribution?.reason, sentence).toMatch(/names no person/);
		}
		// What they said is theirs: a hedge in it is the speaker's.
		expect(suggestClaim('Officials said the road would reopen in spring.').setAside).toHaveLength(
			1
		);
	});

	it('reads a crowd, or what unnamed people believe, as an unnamed consensus', () => {
		for (const [sentence, cue] of [
			['Critics claim the stadium is a waste of money.', 'Critics claim'],
			['Sources say the minister will resign.', 'Sources say'],
			[
				'A source close to the minister said the talks had failed.',
				'source close to the minister said'
			],
			['Experts believe the dam is safe.', 'Experts believe'],
			['Some residents said the lane was dangerous.', 'Some residents said'],
			['Several parents told the paper the bus was late.', 'Several parents told'],
			['The lane is dangerous, some residents said.', 'some residents said'],
			['Officials believe the fire was started on purpose.', 'Officials believe'],
			['According to sources, the minister resigned.', 'According to sources']
		]) {
			expect(labelOf(sentence), sentence).toBe('speculation/unnamed-consensus');
			expect(
				suggestClaim(sentence).cues.map((c) => c.text),
				sentence
			).toContain(cue);
		}
	});
});

describe('numbers that go together', () => {
	it('makes a score, a range or a share one cue', () => {
		for (const [sentence, cue] of [
			['The council voted 7 to 2 for the lane.', '7 to 2'],
			['The home side won 7-2.', '7-2'],
			['Tickets cost between £5 and £10.', 'between £5 and £10'],
			['3 out of 4 pupils walk to school.', '3 out of 4'],
			['One in five homes has no garden.', 'One in five'],
			['Prices rose by 10–15% last year.', '10–15%']
		]) {
			const numbers = suggestClaim(sentence).cues.filter((c) => c.kind === 'number');
			expect(
				numbers.map((c) => c.text),
				sentence
			).toEqual([cue]);
		}
	});

	it('keeps a span of years or days a date', () => {
		expect(cues('The works ran from 2019 to 2021.')).toEqual([['2019 to 2021', 'date']]);
		expect(cues('The fair runs 3-5 June.')).toEqual([['3-5 June', 'date']]);
	});

	it('reads "since" as a time only where it says since when, not why', () => {
		expect(cues('The shop has since closed.')).toEqual([['has since', 'date']]);
		expect(cues('Prices have risen since the sanctions.')).toEqual([
			['since the sanctions', 'date']
		]);
		expect(cues('Since the council refused, the shop closed.')).toEqual([]);
	});
});

describe('the reasons the teacher reads', () => {
	it('reads as a sentence for every kind of cue, with the cue quoted once', () => {
		const sentences = [
			'On 4 November the council voted 7 to 2, Ana Ruiz said, and “it may rain” was heard.',
			'It is widely believed the lane may help, if it would open; thus it will be shocking.',
			'Shopkeepers are furious about the so-called reform, the census shows at 9am.',
			'Why is the council wasting money? Ask yourself that.',
			'There is no doubt that the bridge, clearly, is closed.',
			'“We may leave before the vote,” he said.',
			'The last train will leave at 23:15 on Friday 6 June.',
			'Critics claim the stadium is a waste of money.',
			'If it rains, the match is moved indoors.'
		];
		for (const sentence of sentences) {
			const s = suggestClaim(sentence);
			for (const cue of [...s.cues, ...s.alsoFound, ...s.setAside]) {
				// "'7': number: …" and "'doubt': part of 'no doubt', 'no doubt': …" are the faults.
				expect(cue.reason, sentence).not.toMatch(/^'[^']*': /);
				expect(cue.reason, sentence).not.toMatch(/: [^:]*: /);
				const quoted = /^["“‘]/.test(cue.text) ? cue.text : `'${cue.text}'`;
				expect(cue.reason.startsWith(`${quoted} `), cue.reason).toBe(true);
			}
		}
		// A quotation is quoted once in the reasons and in why the label is suggested.
		const reported = suggestClaim('“We may leave before the vote,” he said.');
		expect(reported.why).toContain('(“We may leave before the vote,”, ');
		expect(reported.why).not.toContain("'“");
		expect(suggestClaim('The bridge may close.').cues[0].reason).toBe(
			"'may' is a hedge: the writer is not sure"
		);
		expect(suggestClaim('The vote was 7 to 2.').cues[0].reason).toBe(
			"'7 to 2' is a score or range you can check"
		);
	});
});
