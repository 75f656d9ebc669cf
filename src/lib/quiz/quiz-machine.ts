import { assign, fromCallback, setup } from 'xstate';
import type { Label } from '$lib/content/labels';
import { answersFor, claimAwaitingReview, firstUnansweredClaim, type AnswerMap } from './answers';

export interface QuizInput {
	/** The claims this quiz asks about, in order. */
	claimIds: string[];
	/** Answers kept from earlier visits; answers to other claims are ignored. */
	answers: AnswerMap;
	/** Practice mode shows feedback after each answer; test mode does not. */
	showFeedback: boolean;
}

export interface QuizContext {
	claimIds: string[];
	/** The claims asked in this round: all of them, or those a retry asks again. */
	round: string[];
	answers: AnswerMap;
	currentClaimId: string | null;
	showFeedback: boolean;
}

export type QuizEvent =
	| { type: 'claim.answer'; choice: Label; at: string }
	| { type: 'quiz.next' }
	| { type: 'quiz.retry'; claimIds: string[] }
	/** The answers as saved now, another tab's included. */
	| { type: 'answers.synced'; answers: AnswerMap };

// The states' and transitions' descriptions are comments, not `description` fields: the fields
// would travel to every section page (about 200 bytes of its 50 KB budget, gzip).
export const quizMachine = setup({
	types: {
		input: {} as QuizInput,
		context: {} as QuizContext,
		events: {} as QuizEvent
	},
	actors: {
		// Supplied by the UI: sends back `answers.synced` whenever another tab saves answers.
		otherTabs: fromCallback<QuizEvent>(() => {})
	},
	guards: {
		hasClaimAwaitingReview: ({ context }) =>
			claimAwaitingReview(context.claimIds, context.answers) !== null,
		hasUnansweredClaim: ({ context }) =>
			firstUnansweredClaim(context.claimIds, context.answers) !== null,
		showsFeedback: ({ context }) => context.showFeedback,
		keepsCurrentStep: ({ context }, params: { answers: AnswerMap }) => {
			const { claimIds, currentClaimId: id } = context;
			const answers = answersFor(claimIds, params.answers);
			const firstOpen = firstUnansweredClaim(claimIds, answers);
			if (id === null) return firstOpen === null;
			// Feedback stays while its answer stands; a question, while it is the first one open.
			const shown = context.answers[id];
			return shown ? answers[id]?.answeredAt === shown.answeredAt : firstOpen === id;
		}
	},
	actions: {
		recordAnswer: assign({
			// Without feedback to see (test mode), an answer is reviewed as it is given.
			answers: (
				{ context },
				{ claimId, choice, at }: { claimId: string; choice: Label; at: string }
			) => ({
				...context.answers,
				[claimId]: { choice, answeredAt: at, reviewed: !context.showFeedback }
			})
		}),
		markReviewed: assign({
			answers: ({ context }, { claimId }: { claimId: string }) => ({
				...context.answers,
				[claimId]: { ...context.answers[claimId], reviewed: true }
			})
		}),
		showClaimAwaitingReview: assign({
			currentClaimId: ({ context }) => claimAwaitingReview(context.claimIds, context.answers)
		}),
		showFirstUnansweredClaim: assign({
			currentClaimId: ({ context }) => firstUnansweredClaim(context.claimIds, context.answers)
		}),
		clearCurrentClaim: assign({ currentClaimId: null }),
		takeAnswers: assign({
			answers: ({ context }, params: { answers: AnswerMap }) =>
				answersFor(context.claimIds, params.answers)
		}),
		forgetAnswers: assign({
			answers: ({ context }, params: { claimIds: string[] }) => {
				const kept = { ...context.answers };
				for (const id of params.claimIds) delete kept[id];
				return kept;
			},
			round: (_, params) => params.claimIds
		}),
		// Supplied by the UI: move keyboard focus to what just appeared.
		focusQuestion: () => {},
		focusFeedback: () => {},
		focusSummary: () => {}
	}
}).createMachine({
	id: 'quiz',
	context: ({ input }) => ({
		claimIds: input.claimIds,
		round: input.claimIds,
		answers: answersFor(input.claimIds, input.answers),
		currentClaimId: null,
		showFeedback: input.showFeedback
	}),
	initial: 'restoring',
	// Other tabs' saves reach the quiz for as long as it runs.
	invoke: { src: 'otherTabs' },
	on: {
		'answers.synced': [
			{
				// Another tab answered, but not what is on screen here: stay on it.
				guard: { type: 'keepsCurrentStep', params: ({ event }) => event },
				actions: { type: 'takeAnswers', params: ({ event }) => event }
			},
			{
				// Another tab changed what is on screen here: go on to what is left to answer.
				target: '.advancing',
				actions: { type: 'takeAnswers', params: ({ event }) => event }
			}
		]
	},
	states: {
		restoring: {
			// Picks up where the student left off: unseen feedback, then the next question.
			always: [
				{
					guard: 'hasClaimAwaitingReview',
					target: 'feedback',
					actions: 'showClaimAwaitingReview'
				},
				{ guard: 'hasUnansweredClaim', target: 'question', actions: 'showFirstUnansweredClaim' },
				{ target: 'summary', actions: 'clearCurrentClaim' }
			]
		},
		// A question and its feedback always show a claim: `currentClaimId` is set in both.
		question: {
			tags: ['question'],
			on: {
				'claim.answer': [
					{
						guard: 'showsFeedback',
						target: 'feedback',
						actions: [
							{
								type: 'recordAnswer',
								params: ({ context, event }) => ({ ...event, claimId: context.currentClaimId! })
							},
							'focusFeedback'
						]
					},
					{
						// Test mode: no feedback, straight on to the next claim.
						target: 'advancing',
						actions: {
							type: 'recordAnswer',
							params: ({ context, event }) => ({ ...event, claimId: context.currentClaimId! })
						}
					}
				]
			}
		},
		feedback: {
			tags: ['feedback'],
			on: {
				'quiz.next': {
					target: 'advancing',
					actions: {
						type: 'markReviewed',
						params: ({ context }) => ({ claimId: context.currentClaimId! })
					}
				}
			}
		},
		advancing: {
			always: [
				{
					guard: 'hasUnansweredClaim',
					target: 'question',
					actions: ['showFirstUnansweredClaim', 'focusQuestion']
				},
				{ target: 'summary', actions: ['clearCurrentClaim', 'focusSummary'] }
			]
		},
		summary: {
			tags: ['summary'],
			on: {
				'quiz.retry': {
					// Asks the given claims (usually the missed ones) again; not in test mode, whose
					// answers were never explained.
					guard: 'showsFeedback',
					target: 'advancing',
					actions: {
						type: 'forgetAnswers',
						params: ({ event }) => ({ claimIds: event.claimIds })
					}
				}
			}
		}
	}
});
