import { describe, expect, it } from 'vitest';
import { claimOutcome } from './claim-outcome';
import { verdict } from './verdicts';

const speculation = { label: 'speculation' as const };
const arguable = {
	label: 'speculation' as const,
	accepts: [{ label: 'fact' as const, why: 'The writer states it as a plan.' }]
};

describe('the verdict after an answer', () => {
	it('names the right label, and the one chosen when it is not right', () => {
		expect(verdict(speculation, 'speculation')).toBe('Right: this is speculation.');
		expect(verdict(speculation, 'fact')).toBe('Not quite: this is speculation, not a stated fact.');
		expect(verdict({ label: 'opinion' }, 'fact')).toBe(
			'Not quite: this is an opinion, not a stated fact.'
		);
	});

	it('counts a label the module accepts too as right, saying what it is called', () => {
		expect(verdict(arguable, 'fact')).toBe(
			'Right: a stated fact is right too, though we call this speculation.'
		);
	});
});

describe('one claim in a list of answers', () => {
	it('says Right, Not quite or Not answered, with the answer given and the right one', () => {
		expect(claimOutcome(speculation, { choice: 'speculation' }, false)).toBe(
			'Right. Your answer: Speculation.'
		);
		expect(claimOutcome(speculation, { choice: 'opinion' }, false)).toBe(
			'Not quite. Your answer: Opinion. Right answer: Speculation.'
		);
		expect(claimOutcome(arguable, { choice: 'fact' }, false)).toBe(
			'Right. Your answer: Stated fact (right too, though we call this speculation).'
		);
	});

	it('gives the right answer of an unanswered claim only after hand-in', () => {
		expect(claimOutcome(speculation, undefined, true)).toBe(
			'Not answered. Right answer: Speculation.'
		);
		expect(claimOutcome(speculation, undefined, false)).toBe('Not answered yet.');
	});
});
