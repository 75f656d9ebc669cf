import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { ModuleProgress } from './module-progress.svelte';
import { progressKey } from '$lib/storage/keys';
import { NOTICES } from '$lib/storage/load-stored';
import { emptyProgress } from './saved-progress';
import { MemoryStorage } from '$lib/storage/memory-storage';

const saved = readFileSync(new URL('./fixtures/progress-v1.json', import.meta.url), 'utf8');
const key = progressKey('signal-words');
const answer = { choice: 'fact' as const, answeredAt: '2026-11-25T10:00:00.000Z', reviewed: true };

beforeEach(() => {
	vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00.000Z') });
});
afterEach(() => {
	vi.useRealTimers();
});

describe('ModuleProgress', () => {
	it('starts empty, with nothing to say, when nothing is saved', () => {
		const progress = new ModuleProgress('signal-words', 1, new MemoryStorage());
		expect(progress.saved).toEqual(emptyProgress('signal-words', 1));
		expect(progress.notice).toBeNull();
	});

	it('loads saved answers and saves them under the content version it runs', () => {
		const storage = new MemoryStorage({ [key]: saved });
		const progress = new ModuleProgress('signal-words', 3, storage);
		expect(Object.keys(progress.answers)).toEqual(['council-vote', 'parents-worried']);
		progress.setAnswers(['lane-plans'], { 'lane-plans': answer });
		expect(JSON.parse(storage.getItem(key)!).contentVersion).toBe(3);
	});

	it('records when answers are taken back, so that other tabs take them back too', () => {
		const storage = new MemoryStorage({ [key]: saved });
		new ModuleProgress('signal-words', 1, storage).startOver();
		const after = JSON.parse(storage.getItem(key)!);
		expect(after.answers).toEqual({});
		expect(after.cleared).toEqual({
			'council-vote': '2026-11-25T10:00:00.000Z',
			'parents-worried': '2026-11-25T10:00:00.000Z'
		});
	});

	it('copies unreadable progress aside before starting afresh', () => {
		const storage = new MemoryStorage({ [key]: '{not json' });
		const progress = new ModuleProgress('signal-words', 1, storage);
		expect(progress.notice).toBe(NOTICES.unreadable);
		expect(progress.answers).toEqual({});
		expect(storage.getItem(`${key}:unreadable:2026-11-25T10:00:00.000Z`)).toBe('{not json');
		expect(storage.getItem(key)).toBe('{not json');
	});

	it('keeps one copy of damaged data however often it is loaded', () => {
		const storage = new MemoryStorage({ [key]: '{not json' });
		new ModuleProgress('signal-words', 1, storage);
		vi.setSystemTime(new Date('2026-11-25T11:00:00.000Z'));
		new ModuleProgress('signal-words', 1, storage);
		expect(storage.keys().filter((k) => k.includes(':unreadable:'))).toHaveLength(1);
	});

	it('keeps readable answers of a damaged save and copies the original aside', () => {
		const damaged = saved.replace(
			'"choice": "fact",\n\t\t\t"answeredAt": "2026-11-20T09:15:30',
			'"choice": 7,\n\t\t\t"answeredAt": "2026-11-20T09:15:30'
		);
		expect(damaged).not.toBe(saved);
		const storage = new MemoryStorage({ [key]: damaged });
		const progress = new ModuleProgress('signal-words', 1, storage);
		expect(progress.notice).toBe(NOTICES.partial);
		expect(Object.keys(progress.answers)).toEqual(['council-vote']);
		expect(storage.keys()).toContain(`${key}:unreadable:2026-11-25T10:00:00.000Z`);
	});

	it('never writes over a save from a newer release', () => {
		const newer = JSON.stringify({ version: 9, moduleId: 'signal-words' });
		const storage = new MemoryStorage({ [key]: newer });
		const progress = new ModuleProgress('signal-words', 1, storage);
		expect(progress.notice).toBe(NOTICES.newer);
		progress.setAnswers(['council-vote'], { 'council-vote': answer });
		expect(storage.getItem(key)).toBe(newer);
	});

	it('works without saving when storage is disabled', () => {
		expect(new ModuleProgress('signal-words', 1, null).notice).toBe(NOTICES.disabled);
		const refusing = new MemoryStorage();
		refusing.failReads = 'SecurityError';
		const progress = new ModuleProgress('signal-words', 1, refusing);
		expect(progress.notice).toBe(NOTICES.disabled);
		progress.setAnswers(['council-vote'], { 'council-vote': answer });
		expect(progress.answers).toEqual({ 'council-vote': answer });
		expect(refusing.keys()).toEqual([]);
	});

	it('does not write over damaged data it could not copy aside', () => {
		const storage = new MemoryStorage({ [key]: '{not json' });
		storage.failWrites = 'QuotaExceededError';
		const progress = new ModuleProgress('signal-words', 1, storage);
		expect(progress.notice).toBe(NOTICES.full);
		storage.failWrites = null;
		progress.setAnswers(['council-vote'], { 'council-vote': answer });
		expect(storage.getItem(key)).toBe('{not json');
	});

	it('says so when storage is full, and again when it has room', () => {
		const storage = new MemoryStorage();
		const progress = new ModuleProgress('signal-words', 1, storage);
		storage.failWrites = 'QuotaExceededError';
		progress.setAnswers(['council-vote'], { 'council-vote': answer });
		expect(progress.notice).toBe(NOTICES.full);
		storage.failWrites = null;
		progress.setAnswers(['lane-plans'], { 'lane-plans': answer });
		expect(progress.notice).toBeNull();
		expect(Object.keys(JSON.parse(storage.getItem(key)!).answers)).toHaveLength(2);
	});

	it('merges another tab’s answers with its own, and says when that tab runs a newer release', async () => {
		vi.stubGlobal('window', new EventTarget());
		try {
			const storage = new MemoryStorage();
			const progress = new ModuleProgress('signal-words', 1, storage);
			const heard = vi.fn();
			progress.onExternalChange(heard);
			progress.setAnswers(['council-vote'], { 'council-vote': answer });
			const theirs = JSON.stringify({
				...emptyProgress('signal-words', 2),
				answers: { 'lane-plans': answer },
				updatedAt: '2026-11-25T10:00:01.000Z'
			});
			storage.setItem(key, theirs);
			const event = Object.assign(new Event('storage'), {
				key,
				newValue: theirs,
				storageArea: storage
			});
			window.dispatchEvent(event);
			await vi.waitFor(() => expect(heard).toHaveBeenCalledOnce());
			expect(Object.keys(progress.answers).sort()).toEqual(['council-vote', 'lane-plans']);
			expect(progress.notice).toBe(NOTICES.updated);
			// Their copy lacked this tab's answer: both are saved together.
			expect(Object.keys(JSON.parse(storage.getItem(key)!).answers)).toHaveLength(2);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
