import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { quizMachine, type QuizEvent, type QuizInput } from '../src/lib/quiz/quiz-machine';
import { quizModelMachine } from '../src/lib/quiz/quiz-model';
import { expect, LABEL_NAMES, quiz, test, type PublishedModule } from './fixtures';

// The section's claims as the two-way quiz asks them, read from the module file.
const module: PublishedModule = JSON.parse(
	readFileSync(new URL('../src/lib/content/modules/signal-words.json', import.meta.url), 'utf8')
);
const claims = module.claims.filter((c) => c.section === 'what-next' && c.label !== 'opinion');
const claimIds = claims.map((c) => c.id);
const input: QuizInput = { claimIds, answers: {}, showFeedback: true };
const at = '2026-11-25T10:00:00.000Z';

const model = createTestModel(quizModelMachine, {
	input,
	events: (snapshot) => {
		const missed = claimIds.filter(
			(id) => snapshot.context.answers[id]?.choice !== claims.find((c) => c.id === id)!.label
		);
		return [
			{ type: 'claim.answer', choice: 'fact', at },
			{ type: 'claim.answer', choice: 'speculation', at },
			{ type: 'quiz.next' },
			{ type: 'quiz.retry', claimIds: missed }
		] satisfies QuizEvent[];
	},
	// One tab alone: another tab's saves are covered by tests/several-tabs.e2e.ts.
	filterEvents: (_snapshot, event) => event.type !== 'answers.synced',
	// A state, for this test, is where the student is: which view and which claim.
	serializeState: (snapshot) => `${String(snapshot.value)}:${snapshot.context.currentClaimId}`
});

test.describe('Every quiz state survives a reload', () => {
	// The paths that are not the start of a longer one: together they reach every state.
	for (const [i, path] of model.getShortestPaths().entries()) {
		test(`path ${i + 1}: ${path.steps.length} steps to ${String(path.state.value)}`, async ({
			page
		}) => {
			test.setTimeout(60_000);
			const region = quiz(page);
			await page.goto('/modules/signal-words/what-next/');
			// The model's own run of the same events says what the student should see.
			const expected = createActor(quizMachine, { input }).start();
			for (const step of path.steps) {
				const event = step.event as QuizEvent;
				expected.send(event);
				if (event.type === 'claim.answer') {
					await region
						.getByRole('button', { name: LABEL_NAMES[event.choice], exact: true })
						.click();
				} else if (event.type === 'quiz.next') {
					await region.getByRole('button', { name: 'Next' }).click();
				} else if (event.type === 'quiz.retry') {
					await region.getByRole('button', { name: /^Try the missed claims? again$/ }).click();
				}
				// Reload after every step: the student must land exactly where the model is.
				await page.reload();
				const { value, context } = expected.getSnapshot();
				const position = claimIds.indexOf(context.currentClaimId ?? '') + 1;
				if (value === 'question') {
					await expect(
						region.getByRole('heading', { name: `Claim ${position} of ${claimIds.length}` })
					).toBeVisible();
				} else if (value === 'feedback') {
					const answer = context.answers[context.currentClaimId!];
					await expect(
						region.getByRole('heading', { name: /^(Right|Not quite): this is/ })
					).toBeVisible();
					await expect(
						region.getByText(
							`Claim ${position} of ${claimIds.length}. Your answer: ${LABEL_NAMES[answer.choice]}.`
						)
					).toBeVisible();
				} else {
					const right = claims.filter((c) => context.answers[c.id]?.choice === c.label).length;
					await expect(
						region.getByRole('heading', {
							name: new RegExp(`^Section score: ${right} of ${claimIds.length}`)
						})
					).toBeVisible();
				}
			}
		});
	}
});
