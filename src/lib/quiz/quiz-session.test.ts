import { describe, expect, it, vi } from 'vitest';
import type { AnswerMap } from './answers';
import { QuizSession, type AnswerStore, type SessionClaim } from './quiz-session.svelte';

const at = '2026-11-30T08:00:00.000Z';
const claims: SessionClaim[] = [
	{ id: 'vote', label: 'fact', explanation: 'A count you can check.' },
	{ id: 'rain', label: 'speculation', explanation: 'A hedge about the future.' },
	{ id: 'silly', label: 'opinion', explanation: 'A judgement.' }
];

/** A store that keeps answers in memory, records every save and lets a test be "another tab". */
function memoryStore(answers: AnswerMap = {}) {
	const listeners = new Set<(answers: AnswerMap) => void>();
	const store = {
		answers,
		saves: [] as AnswerMap[],
		setAnswers(ids: readonly string[], given: AnswerMap) {
			store.saves.push(given);
			store.answers = { ...given };
		},
		onExternalChange(listener: (answers: AnswerMap) => void) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		/** Another tab saved: the store tells its listeners, as a browser's storage event would. */
		savedElsewhere(merged: AnswerMap) {
			store.answers = merged;
			for (const listener of listeners) listener(merged);
		},
		get listening() {
			return listeners.size;
		}
	} satisfies AnswerStore & Record<string, unknown>;
	return store;
}

function open(store = memoryStore(), showFeedback = true) {
	const focus = { focusQuestion: vi.fn(), focusFeedback: vi.fn(), focusSummary: vi.fn() };
	const session = new QuizSession({ store, claims, sorting: 'two-way', showFeedback, ...focus });
	return { session, store, focus };
}

describe('QuizSession', () => {
	it('asks the claims of the sorting, from where the saved answers leave off, saving nothing', () => {
		const store = memoryStore({ vote: { choice: 'fact', answeredAt: at, reviewed: true } });
		const { session } = open(store);
		expect(session.claims.map((claim) => claim.id)).toEqual(['vote', 'rain']);
		expect(session.snapshot.hasTag('question')).toBe(true);
		expect(session.current?.id).toBe('rain');
		expect(session.position).toBe(2);
		expect(session.round).toHaveLength(2);
		expect(store.saves).toEqual([]);
	});

	it('explains an answer, announces why, and saves each step once', () => {
		const { session, store, focus } = open();
		session.answer('speculation', at);
		expect(session.snapshot.hasTag('feedback')).toBe(true);
		expect(session.currentAnswer).toEqual({
			choice: 'speculation',
			answeredAt: at,
			reviewed: false
		});
		expect(session.announcement).toBe('A count you can check.');
		expect(focus.focusFeedback).toHaveBeenCalledOnce();
		expect(store.saves).toHaveLength(1);
		session.next();
		expect(session.current?.id).toBe('rain');
		expect(session.announcement).toBe('');
		expect(store.saves).toHaveLength(2);
		expect(store.answers.vote.reviewed).toBe(true);
	});

	it('saves when the view says, once for several changes, and at once when it stops', () => {
		const store = memoryStore();
		const later: (() => void)[] = [];
		const focus = { focusQuestion: vi.fn(), focusFeedback: vi.fn(), focusSummary: vi.fn() };
		const session = new QuizSession({
			store,
			claims,
			sorting: 'two-way',
			showFeedback: true,
			...focus,
			saveWhen: (save) => later.push(save)
		});
		session.answer('fact', at);
		expect(session.currentAnswer?.choice).toBe('fact');
		expect(store.saves).toEqual([]);
		session.next();
		expect(later).toHaveLength(1);
		later[0]();
		expect(store.saves).toHaveLength(1);
		expect(store.saves[0].vote).toEqual({ choice: 'fact', answeredAt: at, reviewed: true });
		session.answer('fact', at);
		expect(store.saves).toHaveLength(1);
		session.stop();
		expect(store.saves).toHaveLength(2);
		expect(store.saves[1].rain?.choice).toBe('fact');
		later[1]();
		expect(store.saves).toHaveLength(2);
	});

	it('scores the section and asks the missed claims again as a round of their own', () => {
		const { session, focus } = open();
		session.answer('speculation', at);
		session.next();
		session.answer('speculation', at);
		session.next();
		expect(session.snapshot.hasTag('summary')).toBe(true);
		expect(focus.focusSummary).toHaveBeenCalledOnce();
		expect(session.score).toEqual({ correct: 1, answered: 2, total: 2 });
		expect(session.missed).toEqual(['vote']);
		expect(session.canRetry).toBe(true);
		session.retry();
		expect(session.current?.id).toBe('vote');
		expect(`${session.position} of ${session.round.length}`).toBe('1 of 1');
	});

	it('offers no retry when nothing was missed', () => {
		const { session } = open();
		session.answer('fact', at);
		session.next();
		session.answer('speculation', at);
		session.next();
		expect(session.missed).toEqual([]);
		expect(session.canRetry).toBe(false);
	});

	it('offers no retry in test mode, whose answers were never explained', () => {
		const { session, store } = open(memoryStore(), false);
		session.answer('speculation', at);
		session.answer('fact', at);
		expect(session.snapshot.hasTag('summary')).toBe(true);
		expect(session.missed).toEqual(['vote', 'rain']);
		expect(session.canRetry).toBe(false);
		session.retry();
		expect(session.snapshot.hasTag('summary')).toBe(true);
		expect(Object.keys(store.answers)).toEqual(['vote', 'rain']);
		expect(store.saves).toHaveLength(2);
	});

	it("takes in another tab's answers while it runs, and stops listening when stopped", () => {
		const { session, store, focus } = open();
		expect(store.listening).toBe(1);
		store.savedElsewhere({ vote: { choice: 'fact', answeredAt: at, reviewed: true } });
		expect(session.current?.id).toBe('rain');
		expect(focus.focusQuestion).toHaveBeenCalledOnce();
		session.stop();
		expect(store.listening).toBe(0);
	});
});
