import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RecordedAnswer } from '$lib/quiz/answers';
import { isSameHistory, isSameOwner, mergeAnswers, type AnswerHistory } from './merge-answers';

const answer = (choice: RecordedAnswer['choice'], minute: number, reviewed = true) => ({
	choice,
	answeredAt: `2026-11-25T10:${String(minute).padStart(2, '0')}:00.000Z`,
	reviewed
});
const at = (minute: number) => answer('fact', minute).answeredAt;

describe('mergeAnswers', () => {
	it('keeps the newer answer of each claim and every claim only one tab answered', () => {
		const mine = { answers: { a: answer('fact', 1), b: answer('opinion', 5) } };
		const theirs = { answers: { a: answer('speculation', 3), c: answer('fact', 2) } };
		expect(mergeAnswers(mine, theirs)).toEqual({
			answers: { a: answer('speculation', 3), b: answer('opinion', 5), c: answer('fact', 2) },
			cleared: {}
		});
	});

	it('takes back an answer that the other tab took back later', () => {
		const mine = { answers: { a: answer('fact', 1), b: answer('fact', 1) } };
		const theirs = { answers: { b: answer('fact', 1) }, cleared: { a: at(4) } };
		expect(mergeAnswers(mine, theirs)).toEqual({
			answers: { b: answer('fact', 1) },
			cleared: { a: at(4) }
		});
	});

	it('keeps an answer given after the other tab took the claim back', () => {
		const mine = { answers: { a: answer('opinion', 6) } };
		const theirs = { answers: {}, cleared: { a: at(4) } };
		expect(mergeAnswers(mine, theirs).answers).toEqual({ a: answer('opinion', 6) });
		expect(mergeAnswers(mine, theirs).cleared).toEqual({});
	});

	it('remembers that feedback was seen in either tab', () => {
		const unseen = { answers: { a: answer('fact', 1, false) } };
		const seen = { answers: { a: answer('fact', 1, true) } };
		expect(mergeAnswers(unseen, seen).answers.a.reviewed).toBe(true);
		expect(mergeAnswers(seen, unseen).answers.a.reviewed).toBe(true);
	});

	const histories = fc.record({
		answers: fc.dictionary(
			fc.constantFrom('a', 'b', 'c', 'd'),
			fc.record({
				choice: fc.constantFrom('fact', 'speculation', 'opinion'),
				answeredAt: fc.integer({ min: 0, max: 59 }).map(at),
				reviewed: fc.boolean()
			})
		),
		cleared: fc.dictionary(
			fc.constantFrom('a', 'b', 'c', 'd'),
			fc.integer({ min: 0, max: 59 }).map(at)
		)
	}) as fc.Arbitrary<AnswerHistory>;

	it('gives both tabs the same result, whichever merges', () => {
		fc.assert(
			fc.property(histories, histories, (mine, theirs) => {
				const ours = mergeAnswers(mine, theirs);
				const other = mergeAnswers(theirs, mine);
				// Two different choices at the same millisecond are the one case each tab keeps its own.
				const tie = Object.keys(mine.answers).some(
					(id) =>
						theirs.answers[id]?.answeredAt === mine.answers[id].answeredAt &&
						theirs.answers[id].choice !== mine.answers[id].choice
				);
				if (!tie) expect(isSameHistory(ours, other)).toBe(true);
			})
		);
	});

	it('changes nothing when a copy is merged with itself, and merging again changes nothing', () => {
		fc.assert(
			fc.property(histories, histories, (mine, theirs) => {
				const merged = mergeAnswers(mine, theirs);
				expect(isSameHistory(mergeAnswers(merged, merged), merged)).toBe(true);
				expect(isSameHistory(mergeAnswers(merged, theirs), merged)).toBe(true);
			})
		);
	});

	it('never loses the newest event of a claim', () => {
		fc.assert(
			fc.property(histories, histories, (mine, theirs) => {
				const merged = mergeAnswers(mine, theirs);
				for (const id of ['a', 'b', 'c', 'd']) {
					const times = [mine, theirs].flatMap((copy) => [
						copy.answers[id]?.answeredAt,
						copy.cleared?.[id]
					]);
					const newest = times.filter(Boolean).sort().at(-1);
					expect(merged.answers[id]?.answeredAt ?? merged.cleared[id]).toBe(newest);
				}
			})
		);
	});
});

describe('isSameOwner', () => {
	const answers = {};
	it('merges the copies of one student, as before any second student came', () => {
		expect(isSameOwner({ answers }, { answers })).toBe(true);
		expect(isSameOwner({ answers, startedAt: '' }, { answers, startedAt: 'x' })).toBe(true);
		expect(isSameOwner({ answers, startedAt: 'x' }, { answers, startedAt: 'x' })).toBe(true);
	});

	it('never merges two students’ records on a shared device', () => {
		expect(isSameOwner({ answers }, { answers, owner: '2026-11-25T10:00:00.000Z' })).toBe(false);
		expect(isSameOwner({ answers, startedAt: 'x' }, { answers, startedAt: 'y' })).toBe(false);
		expect(isSameOwner({ answers, startedAt: 'x' }, { answers, startedAt: '' })).toBe(false);
	});
});
