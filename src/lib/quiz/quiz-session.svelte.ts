import { createActor, fromCallback, type Actor, type SnapshotFrom } from 'xstate';
import type { Claim } from '$lib/content/schema';
import type { Label } from '$lib/content/labels';
import type { AnswerMap } from './answers';
import { claimsInQuiz, isRight, scoreOf, type Sorting } from './grading';
import { quizMachine } from './quiz-machine';

/** Where a quiz's answers are kept: self-study progress or an assignment's work. */
export interface AnswerStore {
	/** The answers kept now, by claim id. */
	readonly answers: AnswerMap;
	/** Replaces the answers to the given claims with those in `answers`; absent ones are taken back. */
	setAnswers(claimIds: readonly string[], answers: AnswerMap): void;
	/**
	 * Calls `listener` with all the answers (merged) each time another tab's save changed them,
	 * never for this tab's own saves; returns a function that stops it.
	 */
	onExternalChange(listener: (answers: AnswerMap) => void): () => void;
}

/** What a session needs of a claim: its id, its label and any other label that counts. */
export type SessionClaim = Pick<Claim, 'id' | 'label' | 'accepts' | 'explanation'>;

export interface QuizSessionOptions<C extends SessionClaim> {
	store: AnswerStore;
	/** The section's claims, in order; the sorting chooses those asked. */
	claims: readonly C[];
	sorting: Sorting;
	/** Practice mode shows feedback after each answer; test mode does not (and has no retry). */
	showFeedback: boolean;
	/** Move keyboard focus to what just appeared; called as the quiz changes step. */
	focusQuestion: () => void;
	focusFeedback: () => void;
	focusSummary: () => void;
	/**
	 * When to save a change of the answers: given the save, it runs it now or later (the view
	 * saves once the answer's feedback is painted). Default: at once.
	 */
	saveWhen?: (save: () => void) => void;
}

type QuizSnapshot = SnapshotFrom<typeof quizMachine>;

/**
 * One run of a section's quiz: it restores the student's place from the store's answers, saves
 * each change of the answers there once (nothing on opening), and takes in other tabs' saves.
 * What the view shows is read from it reactively; `stop()` ends it (and its listening).
 */
export class QuizSession<C extends SessionClaim> {
	/** The claims asked, in quiz order: opinions only in three-way sorting. */
	readonly claims: C[];
	readonly #actor: Actor<typeof quizMachine>;
	// Replaced whole by every step of the quiz.
	#snapshot: QuizSnapshot = $state.raw()!;

	constructor({
		store,
		claims,
		sorting,
		showFeedback,
		saveWhen = (save) => save(),
		...focus
	}: QuizSessionOptions<C>) {
		this.claims = claimsInQuiz(claims, sorting);
		const claimIds = this.claims.map((claim) => claim.id);
		this.#actor = createActor(
			quizMachine.provide({
				actions: focus,
				actors: {
					// The store tells only of other tabs' saves: this tab's are in the quiz already.
					otherTabs: fromCallback(({ sendBack }) =>
						store.onExternalChange((answers) => sendBack({ type: 'answers.synced', answers }))
					)
				}
			}),
			{ input: { claimIds, answers: store.answers, showFeedback } }
		);
		this.#snapshot = this.#actor.getSnapshot();
		let unsaved: AnswerMap | undefined;
		this.save = () => {
			if (unsaved) store.setAnswers(claimIds, unsaved);
			unsaved = undefined;
		};
		this.#actor.subscribe((snapshot) => {
			// Saved at the edge, once per change of the answers. Those another tab saved are in the
			// store already: it writes nothing for them.
			if (snapshot.context.answers !== this.#snapshot.context.answers) {
				const waiting = unsaved;
				unsaved = snapshot.context.answers;
				if (!waiting) saveWhen(this.save);
			}
			this.#snapshot = snapshot;
		});
		this.#actor.start();
	}

	/** Where the quiz is: tagged `question`, `feedback` or `summary`. */
	get snapshot(): QuizSnapshot {
		return this.#snapshot;
	}

	/** The claim asked or explained now; undefined in the summary. */
	get current(): C | undefined {
		return this.claims.find((claim) => claim.id === this.#snapshot.context.currentClaimId);
	}

	/** The student's answer to the current claim, once given. */
	get currentAnswer() {
		return this.current && this.#snapshot.context.answers[this.current.id];
	}

	/** The claims asked in this round: all of them, or those a retry asks again. */
	get round(): string[] {
		return this.#snapshot.context.round;
	}

	/** The current claim's place in the round, from 1 (so a retry of two asks "1 of 2"); else 0. */
	get position(): number {
		return this.current ? this.round.indexOf(this.current.id) + 1 : 0;
	}

	/** Right and answered, out of the claims asked. */
	get score() {
		return scoreOf(this.claims, this.#snapshot.context.answers);
	}

	/** The ids of the claims not answered rightly (or not answered), in quiz order. */
	get missed(): string[] {
		return this.claims
			.filter((claim) => {
				const answer = this.#snapshot.context.answers[claim.id];
				return !answer || !isRight(claim, answer.choice);
			})
			.map((claim) => claim.id);
	}

	/** Whether the missed claims can be asked again now: in the summary, with feedback, if any. */
	get canRetry(): boolean {
		return (
			this.missed.length > 0 && this.#snapshot.can({ type: 'quiz.retry', claimIds: this.missed })
		);
	}

	/**
	 * What the live region says: the explanation while feedback shows (the focused verdict heading
	 * is read out first), else nothing.
	 */
	get announcement(): string {
		return this.#snapshot.hasTag('feedback') && this.current ? this.current.explanation : '';
	}

	/** Answers the current claim; `at` is when, as an ISO 8601 string. */
	answer(choice: Label, at: string) {
		this.#actor.send({ type: 'claim.answer', choice, at });
	}

	/** Moves on from feedback to the next claim left, or to the summary. */
	next() {
		this.#actor.send({ type: 'quiz.next' });
	}

	/** Asks the missed claims again; refused in test mode and when none was missed. */
	retry() {
		this.#actor.send({ type: 'quiz.retry', claimIds: this.missed });
	}

	/**
	 * Saves at once the answers still waiting for the next frame: call it when the page is hidden
	 * or left, since frames wait while it is hidden.
	 */
	readonly save: () => void;

	/** Ends the session: saves what waits, then no more saving or listening to other tabs. */
	stop() {
		this.#actor.stop();
		this.save();
	}
}
