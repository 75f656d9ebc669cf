import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './memory-storage';
import { NOTICES, type StoredRead } from './load-stored';
import { PersistedRecord, type Combine } from './persisted-record.svelte';

/** A record for the tests: a list of words, version 1, with every word a string. */
interface Words {
	version: number;
	words: string[];
}

const key = 'claimwise:test:v1';
const fresh: Words = { version: 1, words: [] };

function readWords(raw: string): StoredRead<Words> {
	let data: { version?: unknown; words?: unknown[] };
	try {
		data = JSON.parse(raw);
	} catch {
		return { status: 'unreadable' };
	}
	if (typeof data.version === 'number' && data.version > 1) return { status: 'newer' };
	if (data.version !== 1 || !Array.isArray(data.words)) return { status: 'unreadable' };
	const words = data.words.filter((word) => typeof word === 'string');
	const status = words.length < data.words.length ? 'partial' : 'ok';
	return { status, value: { version: 1, words } };
}

const open = (storage: Storage | null, combine?: () => Promise<Combine<Words>>) =>
	new PersistedRecord({ key, read: readWords, fresh, storage, combine });

const copies = (storage: MemoryStorage) =>
	storage.keys().filter((name) => name.startsWith(`${key}:unreadable:`));

/** What the browser sends this tab when another tab saved `value` under `name`. */
function saveInOtherTab(storage: MemoryStorage, value: string, name = key) {
	storage.setItem(name, value);
	const event = Object.assign(new Event('storage'), {
		key: name,
		newValue: value,
		storageArea: storage
	});
	window.dispatchEvent(event);
}

/** Lets the taking-in of other tabs' saves (which may load code first) finish. */
const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => {
	vi.stubGlobal('window', new EventTarget());
	vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00.000Z'), toFake: ['Date'] });
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('PersistedRecord', () => {
	it('loads what is saved, with nothing to say', () => {
		const storage = new MemoryStorage({ [key]: '{"version":1,"words":["fact"]}' });
		const record = open(storage);
		expect(record.value.words).toEqual(['fact']);
		expect(record.notice).toBeNull();
	});

	it('starts from the fresh value when nothing is saved, and saves the first change', () => {
		const storage = new MemoryStorage();
		const record = open(storage);
		expect(record.value).toEqual(fresh);
		expect(record.notice).toBeNull();
		record.set({ version: 1, words: ['opinion'] });
		expect(JSON.parse(storage.getItem(key)!)).toEqual({ version: 1, words: ['opinion'] });
	});

	it('keeps what it can read of a partly damaged save, and copies the original aside', () => {
		const damaged = '{"version":1,"words":["fact",7]}';
		const storage = new MemoryStorage({ [key]: damaged });
		const record = open(storage);
		expect(record.value.words).toEqual(['fact']);
		expect(record.notice).toBe(NOTICES.partial);
		expect(copies(storage).map((name) => storage.getItem(name))).toEqual([damaged]);
	});

	it('starts afresh from an unreadable save, keeping a copy of it', () => {
		const storage = new MemoryStorage({ [key]: '{not json' });
		const record = open(storage);
		expect(record.value).toEqual(fresh);
		expect(record.notice).toBe(NOTICES.unreadable);
		expect(storage.getItem(`${key}:unreadable:2026-11-25T10:00:00.000Z`)).toBe('{not json');
	});

	it('keeps one copy of damaged data however often it is loaded', () => {
		const storage = new MemoryStorage({ [key]: '{not json' });
		for (let hour = 10; hour < 14; hour++) {
			vi.setSystemTime(new Date(`2026-11-25T${hour}:00:00.000Z`));
			open(storage);
		}
		expect(copies(storage)).toHaveLength(1);
		// Other damage is another copy.
		storage.setItem(key, '{still not json');
		open(storage);
		expect(copies(storage)).toHaveLength(2);
	});

	it('never writes over a save from a newer release', () => {
		const newer = '{"version":2,"words":[]}';
		const storage = new MemoryStorage({ [key]: newer });
		const record = open(storage);
		expect(record.notice).toBe(NOTICES.newer);
		record.set({ version: 1, words: ['fact'] });
		expect(record.value.words).toEqual(['fact']);
		expect(storage.getItem(key)).toBe(newer);
	});

	it('says so when a save fails, and stops saying it once a save succeeds', () => {
		const storage = new MemoryStorage();
		const record = open(storage);
		storage.failWrites = 'QuotaExceededError';
		record.set({ version: 1, words: ['fact'] });
		expect(record.notice).toBe(NOTICES.full);
		expect(record.value.words).toEqual(['fact']);
		storage.failWrites = null;
		record.set({ version: 1, words: ['fact', 'opinion'] });
		expect(record.notice).toBeNull();
		expect(JSON.parse(storage.getItem(key)!).words).toEqual(['fact', 'opinion']);
	});

	it('works in memory, saying so, when storage is off', () => {
		const record = open(null);
		expect(record.notice).toBe(NOTICES.disabled);
		record.set({ version: 1, words: ['fact'] });
		expect(record.value.words).toEqual(['fact']);
	});

	it('tells listeners of another tab’s save, and never of its own', async () => {
		const storage = new MemoryStorage();
		const record = open(storage);
		const heard = vi.fn();
		const stop = record.onExternalChange(heard);
		record.set({ version: 1, words: ['mine'] });
		await settle();
		expect(heard).not.toHaveBeenCalled();
		saveInOtherTab(storage, '{"version":1,"words":["theirs"]}');
		await settle();
		expect(heard).toHaveBeenCalledExactlyOnceWith({ version: 1, words: ['theirs'] });
		expect(record.value.words).toEqual(['theirs']);
		// Other keys, and saves after the listener stopped, are not heard.
		saveInOtherTab(storage, '{"version":1,"words":["other"]}', 'claimwise:other:v1');
		stop();
		saveInOtherTab(storage, '{"version":1,"words":["later"]}');
		await settle();
		expect(heard).toHaveBeenCalledOnce();
	});

	it('combines another tab’s save with its own as the injected function says, saving if asked', async () => {
		const storage = new MemoryStorage();
		const combine = vi.fn<Combine<Words>>((mine, theirs) => ({
			value: { version: 1, words: [...new Set([...mine.words, ...theirs.words])] },
			resave: true
		}));
		const record = open(storage, async () => combine);
		record.onExternalChange(() => {});
		record.set({ version: 1, words: ['mine'] });
		saveInOtherTab(storage, '{"version":1,"words":["theirs"]}');
		await settle();
		expect(combine).toHaveBeenCalledWith(
			{ version: 1, words: ['mine'] },
			{ version: 1, words: ['theirs'] },
			'ok'
		);
		expect(record.value.words).toEqual(['mine', 'theirs']);
		expect(JSON.parse(storage.getItem(key)!).words).toEqual(['mine', 'theirs']);
	});

	it('stops writing once another tab saved in a newer format', async () => {
		const storage = new MemoryStorage();
		const record = open(storage);
		record.onExternalChange(() => {});
		const newer = '{"version":2,"words":[]}';
		saveInOtherTab(storage, newer);
		await settle();
		expect(record.notice).toBe(NOTICES.newer);
		record.set({ version: 1, words: ['fact'] });
		expect(storage.getItem(key)).toBe(newer);
	});

	it('stops writing, saying why, when told a newer release saved meanwhile', () => {
		const storage = new MemoryStorage();
		const record = open(storage);
		record.stopWriting();
		expect(record.notice).toBe(NOTICES.newer);
		record.set({ version: 1, words: ['fact'] });
		expect(storage.getItem(key)).toBeNull();
	});
});
