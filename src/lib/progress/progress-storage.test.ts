import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadProgress, NOTICES, progressKey } from './progress-storage';
import { emptyProgress } from './saved-progress';
import { MemoryStorage } from './memory-storage';

const saved = readFileSync(new URL('./fixtures/progress-v1.json', import.meta.url), 'utf8');
const key = progressKey('signal-words');
const now = new Date('2026-11-25T10:00:00.000Z');

describe('loadProgress', () => {
	it('starts empty and writable when nothing is saved', () => {
		const loaded = loadProgress(new MemoryStorage(), 'signal-words', 1);
		expect(loaded).toEqual({
			value: emptyProgress('signal-words', 1),
			notice: null,
			writable: true
		});
	});

	it('loads saved answers and adopts the current content version', () => {
		const loaded = loadProgress(new MemoryStorage({ [key]: saved }), 'signal-words', 3);
		expect(Object.keys(loaded.value.answers)).toEqual(['council-vote', 'parents-worried']);
		expect(loaded.value.contentVersion).toBe(3);
		expect(loaded.notice).toBeNull();
	});

	it('copies unreadable progress aside before starting afresh', () => {
		const storage = new MemoryStorage({ [key]: '{not json' });
		const loaded = loadProgress(storage, 'signal-words', 1, now);
		expect(loaded.notice).toBe(NOTICES.unreadable);
		expect(loaded.value.answers).toEqual({});
		expect(storage.getItem(`${key}:unreadable:2026-11-25T10:00:00.000Z`)).toBe('{not json');
		expect(storage.getItem(key)).toBe('{not json');
	});

	it('keeps one copy of damaged data however often it is loaded', () => {
		const storage = new MemoryStorage({ [key]: '{not json' });
		loadProgress(storage, 'signal-words', 1, now);
		loadProgress(storage, 'signal-words', 1, new Date('2026-11-25T11:00:00.000Z'));
		expect(storage.keys().filter((k) => k.includes(':unreadable:'))).toHaveLength(1);
	});

	it('keeps readable answers of a damaged save and copies the original aside', () => {
		const damaged = saved.replace(
			'"choice": "fact",\n\t\t\t"answeredAt": "2026-11-20T09:15:30',
			'"choice": 7,\n\t\t\t"answeredAt": "2026-11-20T09:15:30'
		);
		expect(damaged).not.toBe(saved);
		const storage = new MemoryStorage({ [key]: damaged });
		const loaded = loadProgress(storage, 'signal-words', 1, now);
		expect(loaded.notice).toBe(NOTICES.partial);
		expect(Object.keys(loaded.value.answers)).toEqual(['council-vote']);
		expect(storage.keys()).toContain(`${key}:unreadable:2026-11-25T10:00:00.000Z`);
	});

	it('never writes over a save from a newer release', () => {
		const newer = JSON.stringify({ version: 9, moduleId: 'signal-words' });
		const loaded = loadProgress(new MemoryStorage({ [key]: newer }), 'signal-words', 1);
		expect(loaded.notice).toBe(NOTICES.newer);
		expect(loaded.writable).toBe(false);
	});

	it('works without saving when storage is disabled', () => {
		expect(loadProgress(null, 'signal-words', 1).notice).toBe(NOTICES.disabled);
		const refusing = new MemoryStorage();
		refusing.failReads = 'SecurityError';
		const loaded = loadProgress(refusing, 'signal-words', 1);
		expect(loaded.notice).toBe(NOTICES.disabled);
		expect(loaded.writable).toBe(false);
	});

	it('does not write over damaged data it could not copy aside', () => {
		const storage = new MemoryStorage({ [key]: '{not json' });
		storage.failWrites = 'QuotaExceededError';
		const loaded = loadProgress(storage, 'signal-words', 1, now);
		expect(loaded.writable).toBe(false);
		expect(loaded.notice).toBe(NOTICES.full);
	});
});
