import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { workKey } from '$lib/storage/keys';
import { AssignmentAnswers } from './assignment-answers.svelte';
import { AssignmentProgress } from './assignment-work.svelte';
import { readWork } from './assignment-work';

const saved = readFileSync(new URL('./fixtures/work-v1.json', import.meta.url), 'utf8');
const key = workKey('K7P2QX');
const answer = { choice: 'fact' as const, answeredAt: '2026-11-25T10:05:00.000Z', reviewed: true };

beforeEach(() => {
	vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00.000Z') });
});
afterEach(() => {
	vi.useRealTimers();
});

function openSaved(storage: Storage) {
	const read = readWork(saved, 'K7P2QX');
	if (read.status !== 'ok') throw new Error(read.status);
	return AssignmentProgress.fromLink(read.value.assignment, storage);
}

describe('assignment work on a shared device', () => {
	it('starts another student’s work empty and keeps the first student’s aside, unchanged', () => {
		const storage = new MemoryStorage({ [key]: saved });
		const work = openSaved(storage);
		work.handIn();
		const handedIn = storage.getItem(key);
		expect(work.startAsSomeoneElse('Ben')).toBe(true);
		expect(work.studentName).toBe('Ben');
		expect(work.answers).toEqual({});
		expect(work.handedInAt).toBeNull();
		expect(work.others.map((other) => other.value.studentName)).toEqual(['Robin Park']);
		expect(storage.getItem(work.others[0].key)).toBe(handedIn);
		// A section page opened now answers into Ben's work.
		const section = new AssignmentAnswers('K7P2QX', storage);
		section.setAnswers(['lane-plans'], { 'lane-plans': answer });
		expect(JSON.parse(storage.getItem(key)!)).toMatchObject({ studentName: 'Ben' });
	});

	it('reopens the first student’s work as it was, with the second kept aside in its place', () => {
		const storage = new MemoryStorage({ [key]: saved });
		const work = openSaved(storage);
		const first = work.work;
		work.startAsSomeoneElse('Ben');
		vi.advanceTimersByTime(1000);
		expect(work.reopen(work.others[0])).toBe(true);
		expect(work.work).toEqual(first);
		expect(work.others.map((other) => other.value.studentName)).toEqual(['Ben']);
		expect(storage.keys()).toHaveLength(2);
	});

	it('changes nothing when the browser will not save', () => {
		const storage = new MemoryStorage({ [key]: saved });
		const work = openSaved(storage);
		storage.failWrites = 'QuotaExceededError';
		expect(work.startAsSomeoneElse('Ben')).toBe(false);
		expect(work.studentName).toBe('Robin Park');
		expect(storage.keys()).toEqual([key]);
		expect(storage.getItem(key)).toBe(saved);
	});
});

describe('damaged work opened by its code', () => {
	it('is reported as damaged, and one copy of it is kept however often it is opened', () => {
		const storage = new MemoryStorage({ [key]: '{{{' });
		expect(AssignmentProgress.fromCode('K7P2QX', storage)).toBeNull();
		expect(AssignmentProgress.keepDamagedWork('K7P2QX', storage)).toBe(true);
		vi.advanceTimersByTime(1000);
		expect(AssignmentProgress.keepDamagedWork('K7P2QX', storage)).toBe(true);
		const copies = storage.keys().filter((k) => k.startsWith(`${key}:unreadable:`));
		expect(copies.map((k) => storage.getItem(k))).toEqual(['{{{']);
	});

	it('is not reported when this browser has no work on that code', () => {
		expect(AssignmentProgress.keepDamagedWork('K7P2QX', new MemoryStorage())).toBe(false);
	});
});

describe('answers changed on the assignment page', () => {
	const claim = 'lane-plans';

	const practiceWork = saved.replace('"mode": "test"', '"mode": "practice"');

	it('are saved at once in test mode, where a section page open elsewhere reads them', () => {
		const storage = new MemoryStorage({ [key]: saved });
		const work = openSaved(storage);
		expect(work.canChangeAnswers).toBe(true);
		work.changeAnswer(claim, 'speculation');
		expect(work.answers[claim]).toMatchObject({ choice: 'speculation', reviewed: true });
		expect(new AssignmentAnswers('K7P2QX', storage).answers[claim]?.choice).toBe('speculation');
	});

	it('are refused in practice mode, before starting and after handing in', () => {
		const practice = new MemoryStorage({ [key]: practiceWork });
		const inPractice = AssignmentProgress.fromCode('K7P2QX', practice)!;
		expect(inPractice.canChangeAnswers).toBe(false);
		inPractice.changeAnswer(claim, 'speculation');
		expect(practice.getItem(key)).toBe(practiceWork);

		const storage = new MemoryStorage({ [key]: saved });
		const test = openSaved(storage);
		test.handIn();
		const handedIn = storage.getItem(key);
		test.changeAnswer(claim, 'speculation');
		expect(storage.getItem(key)).toBe(handedIn);

		const fresh = AssignmentProgress.fromLink({ ...test.assignment, code: 'ZZZZZZ' }, storage);
		fresh.changeAnswer(claim, 'fact');
		expect(storage.getItem(workKey('ZZZZZZ'))).toBeNull();
	});
});
