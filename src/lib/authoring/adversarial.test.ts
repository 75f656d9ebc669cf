import { describe, expect, it } from 'vitest';
import { suggestClaim } from './suggest-claim';

// Sentences written to trip a suggester that only looks words up: each names the trap it sets.
// None is taken from the built-in modules, so they keep the lexicon general.
const cueTexts = (sentence: string) => suggestClaim(sentence).cues.map((c) => c.text);
const asideTexts = (sentence: string) => suggestClaim(sentence).setAside.map((c) => c.text);

describe('the suggester on sentences built to mislead it', () => {
	it('reads May next to a day, a year or "in" as a date, not a hedge', () => {
		for (const sentence of [
			'The factory closed on 3 May 2023.',
			'In May the council met twice.',
			'The report came out in May.',
			'May 2025 was the wettest month on record.',
			'Theresa May spoke to reporters in Brussels.'
		]) {
			const suggestion = suggestClaim(sentence);
			expect(suggestion.label, sentence).toBe('fact');
			expect(
				suggestion.cues.some((c) => c.kind === 'hedge'),
				sentence
			).toBe(false);
		}
		expect(cueTexts('The factory closed on 3 May 2023.')).toEqual(['3 May 2023']);
	});

	it('still reads lower-case "may" as a hedge beside a real May', () => {
		const suggestion = suggestClaim('The bridge may reopen in May 2027.');
		expect(suggestion.label).toBe('speculation');
		expect(suggestion.technique).toBe('hedge');
		expect(suggestion.cues.map((c) => [c.text, c.start])).toEqual([['may', 11]]);
		expect(suggestion.alsoFound.map((c) => c.text)).toEqual(['May 2027']);
	});

	it('reads "should" as opinion, not speculation', () => {
		const suggestion = suggestClaim('The school should open the gates earlier.');
		expect(suggestion.label).toBe('opinion');
		expect(suggestion.technique).toBe('value-judgement');
		expect(cueTexts('The school should open the gates earlier.')).toEqual(['should']);
	});

	it('reads "critics claim" as an unnamed consensus, even when what they claim judges', () => {
		const suggestion = suggestClaim('Critics claim the new stadium is a waste of money.');
		expect(suggestion.label).toBe('speculation');
		expect(suggestion.technique).toBe('unnamed-consensus');
		expect(suggestion.cues.map((c) => c.text)).toEqual(['Critics claim']);
	});

	it('gives a hedge inside a quotation to the speaker: the sentence states who said what', () => {
		for (const sentence of [
			'“We may leave before the vote,” he said.',
			'"We might close the road," the mayor said.',
			'The head teacher said the trip “could be cancelled”.'
		]) {
			const suggestion = suggestClaim(sentence);
			expect(suggestion.label, sentence).toBe('fact');
			expect(suggestion.setAside.length, sentence).toBeGreaterThan(0);
			expect(suggestion.setAside[0].reason, sentence).toMatch(/speaker's words/);
		}
		expect(asideTexts('“We may leave before the vote,” he said.')).toEqual(['may']);
	});

	it('does not read negated doubt as a hedge, but keeps "will not" a prediction', () => {
		const sure = suggestClaim('There is no doubt that the bridge is closed.');
		expect(sure.label).toBe('fact');
		expect(sure.setAside.map((c) => c.text)).toEqual(['doubt']);
		expect(suggestClaim('Police could not be reached for comment.').label).toBe('fact');
		const wont = suggestClaim('The new lane will not make the road safer.');
		expect(wont.label).toBe('speculation');
		expect(wont.technique).toBe('prediction');
		expect(suggestClaim('Doubts remain over the figures.').technique).toBe('hedge');
	});

	it('reads "will" with a date for a scheduled event as a timetable, and without one as a prediction', () => {
		const timetable = suggestClaim('The last train will leave at 23:15 on Friday 6 June.');
		expect(timetable.label).toBe('fact');
		expect(timetable.setAside.map((c) => c.text)).toEqual(['will']);
		expect(suggestClaim('The museum will open on 1 June 2026.').label).toBe('fact');
		expect(suggestClaim('The council will publish its report next week.').label).toBe('fact');
		const guess = suggestClaim('The new timetable will please commuters.');
		expect(guess.label).toBe('speculation');
		expect(guess.technique).toBe('prediction');
	});

	it('keeps a number inside a speculation from making it a fact', () => {
		const suggestion = suggestClaim('The new bridge could cost 4 billion euros.');
		expect(suggestion.label).toBe('speculation');
		expect(suggestion.cues.map((c) => c.text)).toEqual(['could']);
		expect(suggestion.alsoFound.map((c) => c.text)).toEqual(['4 billion']);
	});

	it('reads an attributed claim as a fact about who said what', () => {
		const suggestion = suggestClaim('According to the ministry, 40 people died.');
		expect(suggestion.label).toBe('fact');
		expect(suggestion.cues.map((c) => c.text)).toEqual(['According to', '40']);
		const vague = suggestClaim('According to some experts, the dam may fail.');
		expect(vague.label).toBe('speculation');
		expect(vague.technique).toBe('unnamed-consensus');
	});

	it('gives loaded words inside a quotation to the speaker', () => {
		const suggestion = suggestClaim('The minister called the plan “a disgrace”, the BBC reported.');
		expect(suggestion.label).toBe('fact');
		expect(suggestion.setAside.map((c) => c.text)).toEqual(['disgrace']);
		expect(suggestClaim('The mayor said the protest was "a shameful stunt".').label).toBe('fact');
	});

	it('still reads the writer’s own loaded words and hedges outside the quotation', () => {
		const suggestion = suggestClaim(
			'The so-called reform, “a fresh start” in the words of its author, is shameful.'
		);
		expect(suggestion.label).toBe('opinion');
		expect(suggestion.cues.map((c) => c.text)).toEqual(['so-called', 'shameful']);
	});

	it('needs a would, could or might before "if" counts as a conditional', () => {
		expect(suggestClaim('If it rains, the match is moved indoors.').label).toBe('fact');
		const guess = suggestClaim('If the works run late, the lane would not open.');
		expect(guess.label).toBe('speculation');
		expect(guess.technique).toBe('conditional');
	});

	it('labels everyday news sentences it was not tuned on', () => {
		const cases: [string, string][] = [
			['The hospital treated 212 patients on Saturday, a spokesperson said.', 'fact'],
			['The company was founded in 1998 in Leeds.', 'fact'],
			['Police arrested three men after the match.', 'fact'],
			['The river burst its banks on Tuesday night.', 'fact'],
			['Two climbers are in critical condition in hospital.', 'fact'],
			['The difference was statistically significant, the study found.', 'fact'],
			['Residents are angry about the new car park.', 'speculation/guessed-motive'],
			['The minister hopes to cut waiting lists.', 'speculation/guessed-motive'],
			['Prices are expected to rise again in the spring.', 'speculation/prediction'],
			['This suggests the vaccine works in older people.', 'speculation/inference'],
			['Scientists say the glacier could vanish by 2050.', 'speculation/unnamed-consensus'],
			['Many believe the election was stolen.', 'speculation/unnamed-consensus'],
			['It remains unclear whether the talks will resume.', 'speculation/hedge'],
			['Had the alarm sounded, the staff would have escaped.', 'speculation/conditional'],
			['The government’s reckless plan is a disgrace.', 'opinion/loaded-word'],
			['The regime jailed 40 journalists last year.', 'opinion/loaded-word'],
			['The new law is an important step forward.', 'opinion/value-judgement'],
			['Ask yourself who really benefits from this deal.', 'opinion/rhetorical-instruction']
		];
		for (const [sentence, expected] of cases) {
			const { label, technique } = suggestClaim(sentence);
			expect([label, technique].filter(Boolean).join('/'), sentence).toBe(expected);
		}
	});
});
