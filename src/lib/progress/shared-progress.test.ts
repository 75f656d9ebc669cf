import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { ModuleProgress } from './module-progress.svelte';
import { progressKey } from '$lib/storage/keys';
import { SharedModuleProgress } from './shared-progress.svelte';
import { progressFileText } from './progress-file';
import { emptyProgress } from './saved-progress';

const saved = readFileSync(new URL('./fixtures/progress-v1.json', import.meta.url), 'utf8');
const key = progressKey('signal-words');
const answer = { choice: 'fact' as const, answeredAt: '2026-11-25T10:00:00.000Z', reviewed: true };

/** Storage that refuses its n-th write, the way a nearly full browser storage does. */
class FailingWrite extends MemoryStorage {
	#writes = 0;
	constructor(
		items: Record<string, string>,
		readonly failAt: number
	) {
		super(items);
	}
	setItem(name: string, value: string) {
		if (++this.#writes === this.failAt) throw new DOMException('full', 'QuotaExceededError');
		super.setItem(name, value);
	}
}

beforeEach(() => {
	vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00.000Z') });
});
afterEach(() => {
	vi.useRealTimers();
});

describe('SharedModuleProgress', () => {
	it('says whose progress it is: its answers and when the last was given', () => {
		const progress = new SharedModuleProgress(
			'signal-words',
			1,
			new MemoryStorage({ [key]: saved })
		);
		expect(progress.summary).toEqual({
			name: '',
			answerCount: 2,
			lastAnsweredAt: '2026-11-20T09:15:30.000Z'
		});
	});

	it('starts another student’s progress empty and keeps the first aside, unchanged', () => {
		const storage = new MemoryStorage({ [key]: saved });
		const progress = new SharedModuleProgress('signal-words', 1, storage);
		expect(progress.startOwn('Ben')).toBe(true);
		expect(progress.answers).toEqual({});
		expect(progress.summary.name).toBe('Ben');
		expect(progress.others).toHaveLength(1);
		expect(JSON.parse(storage.getItem(progress.others[0].key)!)).toMatchObject(JSON.parse(saved));
		// A section page opened now answers into Ben's progress, and keeps whose it is.
		const section = new ModuleProgress('signal-words', 1, storage);
		expect(section.answers).toEqual({});
		section.setAnswers(['lane-plans'], { 'lane-plans': answer });
		expect(JSON.parse(storage.getItem(key)!)).toMatchObject({ name: 'Ben' });
	});

	it('switches back to earlier progress, keeping the current one aside in its place', () => {
		const storage = new MemoryStorage({ [key]: saved });
		const progress = new SharedModuleProgress('signal-words', 1, storage);
		const first = progress.answers;
		progress.startOwn('Ben');
		progress.setAnswers(['lane-plans'], { 'lane-plans': answer });
		vi.advanceTimersByTime(1000);
		expect(progress.switchTo(progress.others[0])).toBe(true);
		expect(progress.answers).toEqual(first);
		expect(progress.others.map((other) => other.value.name)).toEqual(['Ben']);
		expect(progress.others[0].value.answers).toEqual({ 'lane-plans': answer });
		expect(storage.keys()).toHaveLength(2);
	});

	it.each([
		['the copy cannot be written', 1],
		['the copy is written but the progress cannot be replaced', 2]
	])('changes nothing and loses nothing when %s', (_case, failAt) => {
		const storage = new FailingWrite({ [key]: saved }, failAt);
		const progress = new SharedModuleProgress('signal-words', 1, storage);
		expect(progress.startOwn('Ben')).toBe(false);
		expect(storage.keys()).toEqual([key]);
		expect(storage.getItem(key)).toBe(saved);
		expect(Object.keys(progress.answers)).toEqual(['council-vote', 'parents-worried']);
		expect(progress.others).toEqual([]);
	});

	it('restores answers from a file, keeping the newer answer where both answered a claim', async () => {
		const storage = new MemoryStorage({ [key]: saved });
		const progress = new SharedModuleProgress('signal-words', 1, storage);
		const before = progress.answers['council-vote'];
		const older = { ...answer, choice: 'opinion' as const, answeredAt: '2026-01-01T00:00:00.000Z' };
		const file = progressFileText({
			...emptyProgress('signal-words', 1),
			answers: { 'lane-plans': answer, 'council-vote': older }
		});
		expect(await progress.restore(new Blob([file]))).toBe(
			'Restored: 2 answers from the file are now in your progress.'
		);
		expect(progress.answers['lane-plans']).toEqual(answer);
		expect(progress.answers['council-vote']).toEqual(before);
		expect(Object.keys(JSON.parse(storage.getItem(key)!).answers)).toHaveLength(3);
	});

	it('restores nothing from a file of another module, saying why', async () => {
		const storage = new MemoryStorage({ [key]: saved });
		const progress = new SharedModuleProgress('signal-words', 1, storage);
		const file = progressFileText(emptyProgress('azerbaijan-russia', 1));
		expect(await progress.restore(new Blob([file]))).toMatch(/not saved Claimwise progress/);
		expect(storage.getItem(key)).toBe(saved);
	});
});
