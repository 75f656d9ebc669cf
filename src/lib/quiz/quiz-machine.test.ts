import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { quizMachine, type QuizEvent, type QuizInput } from './quiz-machine';
import { quizModelMachine } from './quiz-model';

const at = '2026-11-25T10:00:00.000Z';
const elsewhere = '2026-11-25T10:05:00.000Z';
const claimIds = ['a', 'b', 'c'];

function start(input: Partial<QuizInput> = {}) {
	const spies = { focusQuestion: vi.fn(), focusFeedback: vi.fn(), focusSummary: vi.fn() };
	const actor = createActor(quizMachine.provide({ actions: spies }), {
		input: { claimIds, answers: {}, showFeedback: true, ...input }
	});
	actor.start();
	return { actor, spies };
}

describe('quiz machine', () => {
	it('asks the first claim of a fresh quiz without moving focus', () => {
		const { actor, spies } = start();
		expect(actor.getSnapshot().hasTag('question')).toBe(true);
		expect(actor.getSnapshot().context.currentClaimId).toBe('a');
		expect(spies.focusQuestion).not.toHaveBeenCalled();
	});

	it('records an answer and shows its feedback in practice mode', () => {
		const { actor, spies } = start();
		actor.send({ type: 'claim.answer', choice: 'speculation', at });
		const snapshot = actor.getSnapshot();
		expect(snapshot.hasTag('feedback')).toBe(true);
		expect(snapshot.context.answers.a).toEqual({
			choice: 'speculation',
			answeredAt: at,
			reviewed: false
		});
		expect(spies.focusFeedback).toHaveBeenCalledOnce();
	});

	it('moves on to the next claim after feedback and focuses the question', () => {
		const { actor, spies } = start();
		actor.send({ type: 'claim.answer', choice: 'fact', at });
		actor.send({ type: 'quiz.next' });
		expect(actor.getSnapshot().context.currentClaimId).toBe('b');
		expect(actor.getSnapshot().context.answers.a.reviewed).toBe(true);
		expect(spies.focusQuestion).toHaveBeenCalledOnce();
	});

	it('ignores Next while a question is unanswered', () => {
		const { actor } = start();
		expect(actor.getSnapshot().can({ type: 'quiz.next' })).toBe(false);
		actor.send({ type: 'quiz.next' });
		expect(actor.getSnapshot().context.currentClaimId).toBe('a');
	});

	it('skips feedback in test mode', () => {
		const { actor } = start({ showFeedback: false });
		actor.send({ type: 'claim.answer', choice: 'fact', at });
		expect(actor.getSnapshot().hasTag('question')).toBe(true);
		expect(actor.getSnapshot().context.currentClaimId).toBe('b');
		expect(actor.getSnapshot().context.answers.a.reviewed).toBe(true);
	});

	it('ends in the summary after the last claim', () => {
		const { actor, spies } = start();
		for (const choice of ['fact', 'speculation', 'fact'] as const) {
			actor.send({ type: 'claim.answer', choice, at });
			actor.send({ type: 'quiz.next' });
		}
		expect(actor.getSnapshot().hasTag('summary')).toBe(true);
		expect(actor.getSnapshot().context.currentClaimId).toBeNull();
		expect(spies.focusSummary).toHaveBeenCalledOnce();
	});

	it('returns to unseen feedback when restored', () => {
		const { actor } = start({
			answers: {
				a: { choice: 'fact', answeredAt: at, reviewed: true },
				b: { choice: 'opinion', answeredAt: at, reviewed: false }
			}
		});
		expect(actor.getSnapshot().hasTag('feedback')).toBe(true);
		expect(actor.getSnapshot().context.currentClaimId).toBe('b');
	});

	it('returns to the first unanswered claim when restored', () => {
		const { actor } = start({
			answers: { b: { choice: 'fact', answeredAt: at, reviewed: true } }
		});
		expect(actor.getSnapshot().context.currentClaimId).toBe('a');
		actor.send({ type: 'claim.answer', choice: 'fact', at });
		actor.send({ type: 'quiz.next' });
		expect(actor.getSnapshot().context.currentClaimId).toBe('c');
	});

	it('ignores saved answers to claims that are not in this quiz', () => {
		const { actor } = start({
			answers: { gone: { choice: 'fact', answeredAt: at, reviewed: true } }
		});
		expect(actor.getSnapshot().context.answers).toEqual({});
	});

	it('asks missed claims again on retry and keeps the others', () => {
		const answered = { choice: 'fact' as const, answeredAt: at, reviewed: true };
		const { actor } = start({ answers: { a: answered, b: answered, c: answered } });
		expect(actor.getSnapshot().hasTag('summary')).toBe(true);
		actor.send({ type: 'quiz.retry', claimIds: ['b'] });
		expect(actor.getSnapshot().context.currentClaimId).toBe('b');
		expect(Object.keys(actor.getSnapshot().context.answers)).toEqual(['a', 'c']);
	});

	it('refuses a retry in test mode, where no feedback was shown', () => {
		const answered = { choice: 'fact' as const, answeredAt: at, reviewed: true };
		const { actor } = start({
			answers: { a: answered, b: answered, c: answered },
			showFeedback: false
		});
		const retry = { type: 'quiz.retry' as const, claimIds: ['b'] };
		expect(actor.getSnapshot().can(retry)).toBe(false);
		actor.send(retry);
		expect(actor.getSnapshot().hasTag('summary')).toBe(true);
		expect(Object.keys(actor.getSnapshot().context.answers)).toEqual(['a', 'b', 'c']);
	});

	it('counts a retry as a round of its own, so its claims are numbered 1 of 2 and 2 of 2', () => {
		const answered = { choice: 'fact' as const, answeredAt: at, reviewed: true };
		const { actor } = start({ answers: { a: answered, b: answered, c: answered } });
		expect(actor.getSnapshot().context.round).toEqual(['a', 'b', 'c']);
		actor.send({ type: 'quiz.retry', claimIds: ['b', 'c'] });
		expect(actor.getSnapshot().context.round).toEqual(['b', 'c']);
	});

	describe('when another tab saves answers', () => {
		const seen = { choice: 'fact' as const, answeredAt: elsewhere, reviewed: true };

		it('takes them in and stays on the question it shows', () => {
			const { actor, spies } = start();
			actor.send({ type: 'answers.synced', answers: { b: seen } });
			const snapshot = actor.getSnapshot();
			expect(snapshot.context.currentClaimId).toBe('a');
			expect(snapshot.context.answers).toEqual({ b: seen });
			expect(spies.focusQuestion).not.toHaveBeenCalled();
		});

		it('moves on, with focus, when the claim it shows was answered there', () => {
			const { actor, spies } = start();
			actor.send({ type: 'answers.synced', answers: { a: seen } });
			expect(actor.getSnapshot().hasTag('question')).toBe(true);
			expect(actor.getSnapshot().context.currentClaimId).toBe('b');
			expect(spies.focusQuestion).toHaveBeenCalledOnce();
		});

		it('keeps its own feedback on screen while the other tab answers elsewhere', () => {
			const { actor } = start();
			actor.send({ type: 'claim.answer', choice: 'fact', at });
			const unseen = { ...seen, reviewed: false };
			actor.send({
				type: 'answers.synced',
				answers: { ...actor.getSnapshot().context.answers, b: unseen }
			});
			expect(actor.getSnapshot().hasTag('feedback')).toBe(true);
			expect(actor.getSnapshot().context.currentClaimId).toBe('a');
		});

		it('goes back to the first claim the other tab took back', () => {
			const { actor } = start();
			actor.send({ type: 'answers.synced', answers: { a: seen } });
			expect(actor.getSnapshot().context.currentClaimId).toBe('b');
			actor.send({ type: 'answers.synced', answers: {} });
			expect(actor.getSnapshot().context.currentClaimId).toBe('a');
		});

		it('starts again from the first claim when the other tab started over', () => {
			const answered = { choice: 'fact' as const, answeredAt: at, reviewed: true };
			const { actor } = start({ answers: { a: answered, b: answered, c: answered } });
			expect(actor.getSnapshot().hasTag('summary')).toBe(true);
			actor.send({ type: 'answers.synced', answers: {} });
			expect(actor.getSnapshot().hasTag('question')).toBe(true);
			expect(actor.getSnapshot().context.currentClaimId).toBe('a');
		});

		it('ignores answers to claims outside this quiz', () => {
			const { actor } = start();
			actor.send({ type: 'answers.synced', answers: { elsewhere: seen } });
			expect(actor.getSnapshot().context.answers).toEqual({});
		});
	});

	it('shows the summary at once for a quiz without claims', () => {
		const { actor } = start({ claimIds: [] });
		expect(actor.getSnapshot().hasTag('summary')).toBe(true);
	});
});

describe('quiz machine, every reachable state', () => {
	const events: QuizEvent[] = [
		{ type: 'claim.answer', choice: 'fact', at },
		{ type: 'claim.answer', choice: 'speculation', at },
		{ type: 'quiz.next' },
		{ type: 'quiz.retry', claimIds: ['a'] },
		// Another tab starts over, or answers a claim and moves on from its feedback.
		{ type: 'answers.synced', answers: {} },
		{
			type: 'answers.synced',
			answers: { a: { choice: 'opinion', answeredAt: elsewhere, reviewed: true } }
		}
	];
	const input: QuizInput = { claimIds: ['a', 'b'], answers: {}, showFeedback: true };
	const model = createTestModel(quizModelMachine, { events, input });
	// Keep the paths that are prefixes of longer ones: each ends in a state worth checking.
	const paths = model.getShortestPaths({ allowDuplicatePaths: true });

	it('reaches the question, feedback and summary states', () => {
		const reached = new Set(paths.map((path) => String(path.state.value)));
		expect(reached).toEqual(new Set(['question', 'feedback', 'summary']));
	});

	it.each(paths.map((path) => [path.description, path] as const))('%s', async (_name, path) => {
		// After every step: the invariants a student relies on, and the same place on a reload.
		const check = (snapshot: (typeof path)['state']) => {
			const { currentClaimId, answers } = snapshot.context;
			if (snapshot.hasTag('question')) expect(answers[currentClaimId!]).toBeUndefined();
			if (snapshot.hasTag('feedback')) expect(answers[currentClaimId!]?.reviewed).toBe(false);
			if (snapshot.hasTag('summary')) {
				expect(Object.keys(answers).sort()).toEqual(['a', 'b']);
				expect(Object.values(answers).every((answer) => answer.reviewed)).toBe(true);
			}
			// Restoring from the saved answers alone lands in the same state.
			const restored = createActor(quizMachine, { input: { ...input, answers } }).start();
			expect(restored.getSnapshot().value).toEqual(snapshot.value);
			expect(restored.getSnapshot().context.currentClaimId).toBe(currentClaimId);
		};
		await path.test({ states: { question: check, feedback: check, summary: check } });
	});
});
