import { describe, expect, it } from 'vitest';
import { explanationContext, suggestedExplanation } from './explanations';
import { suggestClaim } from './suggest-claim';

// The explanation a teacher is offered for a sentence labelled a stated fact, with the cues the
// suggester found in it (whatever label it suggested), as the /author/ page offers it.
function factExplanation(sentence: string) {
	const suggestion = suggestClaim(sentence);
	const cues = [...suggestion.cues, ...suggestion.alsoFound].map(({ text, kind }) => ({
		text,
		kind
	}));
	return suggestedExplanation('fact', null, cues, explanationContext(suggestion));
}

describe('reported speech with a job between commas', () => {
	const sentence = 'Dr. Anna Kovacs, the city engineer, said the work would start in June.';

	it('reads the name before the job as who said it: a fact about who said what', () => {
		const suggestion = suggestClaim(sentence);
		expect(suggestion.label).toBe('fact');
		expect(suggestion.cues.map((c) => [c.text, c.kind])).toEqual([
			['Dr. Anna Kovacs', 'name'],
			['said', 'attribution'],
			['June', 'date']
		]);
		expect(suggestion.why).toMatch(/^It reports what Dr\. Anna Kovacs, the city engineer, said:/);
	});

	it('sets "would" aside as what was said would happen, not a condition', () => {
		const [would] = suggestClaim(sentence).setAside;
		expect(would.text).toBe('would');
		expect(would.reason).toMatch(/what they said would happen, not a condition$/);
		expect(would.reason).not.toMatch(/only so if/);
		// an unnamed crowd's "would" is theirs too: the claim rests on the crowd, not on a condition
		const crowd = suggestClaim('Critics said the plan would fail.');
		expect([crowd.label, crowd.technique]).toEqual(['speculation', 'unnamed-consensus']);
		expect(crowd.setAside.map((c) => c.text)).toEqual(['would']);
		// a "would" of the writer's own, or after an "if", is still a condition
		expect(suggestClaim('That would cost millions.').technique).toBe('conditional');
		expect(suggestClaim('If it rains, officials said, the match would move.').technique).toBe(
			'conditional'
		);
	});

	it('offers the reported-fact explanation, naming who said it and the date, not a plain statement', () => {
		const explanation = factExplanation(sentence);
		expect(explanation).toBe(
			'“Dr. Anna Kovacs” and “said” report who said what, so you could check that it was said. “June” is a detail you could check too. “would” comes from the source, not from the writer: the writer only reports it.'
		);
	});
});

describe('reported facts without a quotation', () => {
	it('speak of no quotation or hedge, and keep the checkable details', () => {
		const explanation = factExplanation(
			"The bridge will cost 4.2 million euros, according to the council's budget report."
		);
		expect(explanation).toMatch(/^“according to” reports who said what/);
		expect(explanation).toContain('“4.2 million” is a detail you could check too.');
		expect(explanation).not.toMatch(/quotation|hedge/);
	});

	it('speak of the quotation, and of its hedge, only when there is one', () => {
		const hedged = factExplanation('"It might be closed for weeks," said Mayor Jan Novak.');
		expect(hedged).toContain(
			'The words in quotation marks are the speaker’s own, so “might” in them is the speaker’s, not the writer’s.'
		);
		const plain = factExplanation('"We are proud of the team," said Mayor Jan Novak.');
		expect(plain).toContain('The words in quotation marks are the speaker’s own.');
		expect(plain).not.toMatch(/hedge|might/);
	});
});

describe('scheduled events with a date', () => {
	const sentence = 'The council will publish the building plans on 1 June.';

	it('give the date as planned, not as something that happened', () => {
		const suggestion = suggestClaim(sentence);
		expect(suggestion.timetable).toBe(true);
		const [date] = suggestion.cues;
		expect(date.text).toBe('1 June');
		expect(date.reason).not.toMatch(/happened/);
		expect(date.reason).toMatch(/timetable: when it is planned to happen/);
		// a date of the past still says when it happened
		expect(suggestClaim('The council published the building plans on 1 June.').cues[0].reason).toBe(
			"'1 June' is a date: when it happened"
		);
		// nor does a predicted date say it happened
		expect(suggestClaim('Prices will probably rise in March.').alsoFound[0].reason).toMatch(
			/expected to happen/
		);
	});

	it('are explained as a timetable that a published schedule can confirm', () => {
		const explanation = factExplanation(sentence);
		expect(explanation).toBe(
			'“1 June” gives details of a timetable. It has not happened yet, but you could check in a published schedule that it is planned, and the writer states it plainly, without a hedge.'
		);
	});
});
