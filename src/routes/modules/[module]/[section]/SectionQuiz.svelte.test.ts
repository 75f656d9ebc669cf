import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { ModuleProgress } from '$lib/progress/module-progress.svelte';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { progressKey } from '$lib/storage/keys';
import { emptyProgress } from '$lib/progress/saved-progress';
import { withContext, type QuizClaim } from '$lib/content/views';
import SectionQuiz from './SectionQuiz.svelte';

const paragraphs = ['The vote was 7 to 2. It may rain tomorrow.', 'What a silly plan.'];
const claims: QuizClaim[] = [
	{
		id: 'vote',
		quote: 'The vote was 7 to 2.',
		label: 'fact',
		cues: ['7 to 2'],
		explanation: 'A count you can check.',
		check: 'Read the minutes.'
	},
	{
		id: 'rain',
		quote: 'It may rain tomorrow.',
		label: 'speculation',
		cues: ['may'],
		explanation: 'A hedge about the future.'
	},
	{
		id: 'silly',
		quote: 'What a silly plan.',
		label: 'opinion',
		cues: ['silly'],
		explanation: 'A judgement.'
	}
];

/** Storage that counts its writes, as many as the browser's localStorage would take. */
class CountingStorage extends MemoryStorage {
	writes = 0;
	setItem(key: string, value: string) {
		this.writes++;
		super.setItem(key, value);
	}
}

function setup(storage = new MemoryStorage(), showFeedback = true) {
	const progress = new ModuleProgress('sample', 1, storage);
	const screen = render(SectionQuiz, {
		store: progress,
		sorting: progress.sorting,
		showFeedback,
		claims: withContext(claims, paragraphs.join('\n\n')),
		onward: { href: '/modules/sample/two/', label: 'Next section: Part two' },
		results: { href: '/modules/sample/results/', label: 'See your results' }
	});
	return {
		storage,
		progress,
		heading: () => screen.getByRole('heading', { level: 3 }),
		choice: (name: string) => screen.getByRole('button', { name, exact: true }),
		next: () => screen.getByRole('button', { name: 'Next' }),
		status: () => screen.getByRole('status')
	};
}

describe('SectionQuiz', () => {
	it('asks fact or speculation about each claim, leaving opinions out', async () => {
		const { heading, choice } = setup();
		await expect.element(heading()).toHaveTextContent('Claim 1 of 2');
		await expect
			.element(page.getByRole('group'))
			.toHaveAccessibleName('Is this a stated fact or speculation?');
		await expect.element(choice('Stated fact')).toBeVisible();
		await expect.element(choice('Speculation')).toBeVisible();
		expect(page.getByRole('button', { name: 'Opinion' }).elements()).toHaveLength(0);
	});

	it('moves focus to the verdict, so it is seen and heard first, and announces the explanation', async () => {
		const { choice, status } = setup();
		await choice('Speculation').click();
		const verdict = page.getByRole('heading', {
			name: 'Not quite: this is a stated fact, not speculation.'
		});
		await expect.element(verdict).toHaveFocus();
		await expect.element(status()).toHaveTextContent('A count you can check.');
	});

	it('saves each answer as it is given', async () => {
		const { storage, choice } = setup();
		await choice('Stated fact').click();
		await vi.waitFor(() => {
			const saved = JSON.parse(storage.getItem(progressKey('sample'))!);
			expect(saved.answers.vote).toMatchObject({ choice: 'fact', reviewed: false });
		});
	});

	it('goes through the section by keyboard and ends with the score and the next section', async () => {
		const { heading, choice, next } = setup();
		const tabToNext = async () => {
			for (let i = 0; i < 5 && document.activeElement !== next().element(); i++) {
				await userEvent.tab();
			}
		};
		await choice('Stated fact').click();
		await tabToNext();
		await userEvent.keyboard('{Enter}');
		await expect.element(heading()).toHaveTextContent('Claim 2 of 2');
		await expect.element(heading()).toHaveFocus();
		await choice('Stated fact').click();
		await tabToNext();
		await userEvent.keyboard('{Enter}');
		await expect.element(heading()).toHaveTextContent('Section score: 1 of 2 (50%)');
		await expect.element(page.getByRole('link', { name: 'Next section: Part two' })).toBeVisible();
		await page.getByRole('button', { name: 'Try the missed claim again' }).click();
		// A retry is a round of its own: one claim asked again is claim 1 of 1.
		await expect.element(heading()).toHaveTextContent('Claim 1 of 1');
	});

	it('gives no feedback between answers in test mode', async () => {
		const { heading, choice } = setup(new MemoryStorage(), false);
		await choice('Speculation').click();
		await expect.element(heading()).toHaveTextContent('Claim 2 of 2');
		await expect.element(heading()).toHaveFocus();
		expect(page.getByText(/Not quite|Right:/).elements()).toHaveLength(0);
	});

	it('asks opinions too in three-way sorting', async () => {
		const storage = new MemoryStorage();
		new ModuleProgress('sample', 1, storage).setSorting('three-way');
		const { heading, choice } = setup(storage);
		await expect.element(heading()).toHaveTextContent('Claim 1 of 3');
		await expect.element(choice('Opinion')).toBeVisible();
	});

	it('saves each answer once, and nothing when the quiz opens', async () => {
		const storage = new CountingStorage();
		const saves = vi.spyOn(ModuleProgress.prototype, 'setAnswers');
		try {
			const { heading, choice, next } = setup(storage);
			await expect.element(heading()).toHaveTextContent('Claim 1 of 2');
			expect(saves).not.toHaveBeenCalled();
			await choice('Stated fact').click();
			await expect.element(next()).toBeVisible();
			// Saved once the feedback has been painted.
			await vi.waitFor(() => expect(storage.writes).toBe(1));
			expect(saves).toHaveBeenCalledOnce();
			// Moving on is saved too, so that a reload does not show the feedback again.
			await next().click();
			await expect.element(heading()).toHaveTextContent('Claim 2 of 2');
			await vi.waitFor(() => expect(storage.writes).toBe(2));
			expect(saves).toHaveBeenCalledTimes(2);
		} finally {
			saves.mockRestore();
		}
	});

	it('saves an answer at once when the page is hidden before its next frame', async () => {
		const storage = new CountingStorage();
		const { heading, choice } = setup(storage);
		await expect.element(heading()).toHaveTextContent('Claim 1 of 2');
		// Answered and hidden in one task, as when a tab is closed straight after a tap: no frame
		// comes in between, and a hidden page gets none.
		(choice('Stated fact').element() as HTMLElement).click();
		expect(storage.writes).toBe(0);
		document.dispatchEvent(new Event('visibilitychange'));
		expect(storage.writes).toBe(1);
		expect(JSON.parse(storage.getItem(progressKey('sample'))!).answers.vote.choice).toBe('fact');
	});

	it('moves past a claim answered in another tab without writing that answer back', async () => {
		const storage = new CountingStorage();
		const { heading } = setup(storage);
		await expect.element(heading()).toHaveTextContent('Claim 1 of 2');
		const theirs = {
			...emptyProgress('sample', 1),
			answers: { vote: { choice: 'fact', answeredAt: '2026-11-30T08:00:00.000Z', reviewed: true } },
			updatedAt: '2026-11-30T08:00:00.000Z'
		};
		const key = progressKey('sample');
		// What the browser tells this tab when another tab saves (a MemoryStorage is no Storage).
		const event = Object.assign(new Event('storage'), {
			key,
			newValue: JSON.stringify(theirs),
			storageArea: storage
		});
		window.dispatchEvent(event);
		await expect.element(heading()).toHaveTextContent('Claim 2 of 2');
		expect(storage.writes).toBe(0);
	});
});
