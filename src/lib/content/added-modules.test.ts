import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { AddedModules, ADDED_NOTICES, readAddedModules } from './added-modules.svelte';
import type { ModuleContent } from './schema';
import { moduleArb } from '$lib/codes/module-arbitraries';
import { ADDED_MODULES_KEY, progressKey } from '$lib/storage/keys';
import { NOTICES } from '$lib/storage/load-stored';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { ModuleProgress } from '$lib/progress/module-progress.svelte';

const BUILT_IN = ['signal-words', 'azerbaijan-russia'];
const answer = { choice: 'fact' as const, answeredAt: '2026-11-25T09:00:00.000Z', reviewed: true };

/** A teacher's module of a short story, in the given version, with claims of the given ids. */
function vote(version = 1, claimIds = ['count', 'rain']): ModuleContent {
	const quotes: Record<string, string> = {
		count: 'The vote was 7 to 2.',
		rain: 'It may rain.',
		bus: 'The bus left at 9.'
	};
	return {
		format: 2,
		id: 'local-vote',
		version,
		title: 'The local vote',
		summary: 'A short story about a vote.',
		source: { name: 'Riverside Gazette', date: 'November 2026' },
		licence: { attribution: 'Riverside Gazette', terms: 'Shared with permission.' },
		sections: [{ id: 'one', title: 'One', text: Object.values(quotes).join(' ') }],
		claims: claimIds.map((id) => ({
			id,
			section: 'one',
			quote: quotes[id],
			label: 'fact',
			cues: [quotes[id].split(' ')[1]],
			explanation: 'A thing you can check.',
			check: 'Read the minutes.'
		}))
	};
}

/** Another teacher's module that happens to use the same id. */
const otherTeachers = (): ModuleContent => ({
	...vote(5),
	title: 'Our school vote',
	source: { name: 'Written for class 9b', date: 'December 2026' },
	licence: { attribution: 'Ms Okafor', terms: 'Free to use.' }
});

const stored = (storage: Storage) => JSON.parse(storage.getItem(ADDED_MODULES_KEY)!);

function answerAll(storage: Storage, module: ModuleContent) {
	const ids = module.claims.map((claim) => claim.id);
	new ModuleProgress(module.id, module.version, storage).setAnswers(
		ids,
		Object.fromEntries(ids.map((id) => [id, answer]))
	);
}

const answersIn = (storage: Storage, id = 'local-vote') =>
	Object.keys(JSON.parse(storage.getItem(progressKey(id)) ?? '{"answers":{}}').answers);

beforeEach(() => {
	vi.useFakeTimers({ now: new Date('2026-11-25T10:00:00.000Z'), toFake: ['Date'] });
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('AddedModules', () => {
	it('starts with no modules and nothing to say', () => {
		const added = new AddedModules(BUILT_IN, new MemoryStorage());
		expect(added.list).toEqual([]);
		expect(added.notice).toBeNull();
	});

	it('keeps an added module over a reload, whole and validated again', () => {
		const storage = new MemoryStorage();
		expect(new AddedModules(BUILT_IN, storage).check(vote())).toEqual({ kind: 'new' });
		expect(new AddedModules(BUILT_IN, storage).add(vote())).toEqual({ kind: 'added' });
		const again = new AddedModules(BUILT_IN, storage);
		expect(again.list).toEqual([{ module: vote(), addedAt: '2026-11-25T10:00:00.000Z' }]);
		expect(again.get('local-vote')).toEqual(vote());
		expect(again.notice).toBeNull();
	});

	it('round-trips every valid module through storage', () => {
		fc.assert(
			fc.property(moduleArb, (module) => {
				fc.pre(!BUILT_IN.includes(module.id));
				const storage = new MemoryStorage();
				new AddedModules(BUILT_IN, storage).add(module);
				expect(new AddedModules(BUILT_IN, storage).get(module.id)).toEqual(module);
			}),
			{ numRuns: 300 }
		);
		// Generous: the machine running the whole suite may be busy; no speed is asserted here.
	}, 30_000);

	it('never adds a module with the id of a built-in one', () => {
		const storage = new MemoryStorage();
		const added = new AddedModules(BUILT_IN, storage);
		const outcome = added.add({ ...vote(), id: 'signal-words' }, { replace: true });
		expect(outcome).toEqual({
			kind: 'refused',
			reason: 'built-in',
			message:
				'“The local vote” has the id of a module that comes with Claimwise, so it cannot be added; ask whoever made it to give it another id.'
		});
		expect(added.list).toEqual([]);
		expect(storage.getItem(ADDED_MODULES_KEY)).toBeNull();
	});

	it('never adds what is not a valid module', () => {
		const broken = { ...vote(), claims: [{ ...vote().claims[0], quote: 'Not in the text.' }] };
		const added = new AddedModules(BUILT_IN, new MemoryStorage());
		expect(added.add(broken)).toMatchObject({ kind: 'refused', reason: 'invalid' });
		expect(added.list).toEqual([]);
	});

	it('takes a newer version in place of the old, keeping the answers to claims it still has', () => {
		const storage = new MemoryStorage();
		new AddedModules(BUILT_IN, storage).add(vote(1, ['count', 'rain']));
		answerAll(storage, vote(1, ['count', 'rain']));
		vi.setSystemTime(new Date('2026-11-26T10:00:00.000Z'));
		const added = new AddedModules(BUILT_IN, storage);
		const newer = vote(2, ['count', 'bus']);
		expect(added.check(newer)).toEqual({
			kind: 'update',
			current: vote(1, ['count', 'rain']),
			kept: ['count'],
			dropped: ['rain']
		});
		expect(added.add(newer)).toEqual({ kind: 'updated', kept: ['count'], dropped: ['rain'] });
		expect(added.list).toEqual([{ module: newer, addedAt: '2026-11-25T10:00:00.000Z' }]);
		expect(answersIn(storage)).toEqual(['count']);
		expect(JSON.parse(storage.getItem(progressKey('local-vote'))!).contentVersion).toBe(2);
	});

	it('keeps its author’s change to try, in the same version, with the answers that still fit', () => {
		const storage = new MemoryStorage();
		const added = new AddedModules(BUILT_IN, storage);
		expect(added.keepForTrying(vote(1, ['count', 'rain']))).toEqual({ kind: 'added' });
		answerAll(storage, vote(1, ['count', 'rain']));
		// Changed before it is shared again: still version 1, and a new source name.
		const changed = {
			...vote(1, ['count', 'bus']),
			source: { name: 'Town Crier', date: 'May 2026' }
		};
		added.add(changed);
		expect(added.get('local-vote')).toEqual(vote(1, ['count', 'rain']));
		expect(added.keepForTrying(changed)).toEqual({
			kind: 'updated',
			kept: ['count'],
			dropped: ['rain']
		});
		expect(new AddedModules(BUILT_IN, storage).get('local-vote')).toEqual(changed);
		expect(answersIn(storage)).toEqual(['count']);
		expect(added.keepForTrying({ ...changed, id: 'signal-words' }).kind).toBe('refused');
		expect(added.list).toHaveLength(1);
	});

	it('refuses the same or an older version, saying which it has', () => {
		const storage = new MemoryStorage();
		const added = new AddedModules(BUILT_IN, storage);
		added.add(vote(3));
		const before = storage.getItem(ADDED_MODULES_KEY);
		expect(added.add(vote(3))).toEqual({
			kind: 'refused',
			reason: 'not-newer',
			message: 'You already added this version of “The local vote”.'
		});
		expect(added.add(vote(2), { replace: true })).toEqual({
			kind: 'refused',
			reason: 'not-newer',
			message:
				'You already have a newer version of “The local vote” (version 3), so this one (version 2) was not added.'
		});
		expect(storage.getItem(ADDED_MODULES_KEY)).toBe(before);
	});

	it('replaces another module with the same id only when the student chose to', () => {
		const storage = new MemoryStorage();
		new AddedModules(BUILT_IN, storage).add(vote(1));
		answerAll(storage, vote(1));
		const added = new AddedModules(BUILT_IN, storage);
		const refused = added.add(otherTeachers());
		expect(refused).toEqual({
			kind: 'different',
			current: vote(1),
			dropped: ['count', 'rain'],
			message:
				'You already added another module with this id, “The local vote”: add “Our school vote” only if it should replace that one and its answers.'
		});
		expect(added.get('local-vote')).toEqual(vote(1));
		expect(answersIn(storage)).toEqual(['count', 'rain']);

		expect(added.add(otherTeachers(), { replace: true })).toEqual({
			kind: 'replaced',
			dropped: ['count', 'rain']
		});
		expect(new AddedModules(BUILT_IN, storage).get('local-vote')).toEqual(otherTeachers());
		expect(answersIn(storage)).toEqual([]);
	});

	it('asks before a module of the same id and version but other content replaces one', () => {
		const storage = new MemoryStorage();
		new AddedModules(BUILT_IN, storage).add(vote(1));
		const added = new AddedModules(BUILT_IN, storage);
		const edited = vote(1);
		edited.claims[0].explanation = 'Someone changed this and kept the version.';
		expect(added.check(edited)).toMatchObject({
			kind: 'different',
			message:
				'You already added a module with this id and version, “The local vote”, with other content: add “The local vote” only if it should replace that one and its answers.'
		});
		// the same module with its keys in another order is the same module
		const reordered = Object.fromEntries(Object.entries(vote(1)).reverse()) as typeof edited;
		expect(added.check(reordered)).toMatchObject({ kind: 'refused', reason: 'not-newer' });
		expect(added.add(edited, { replace: true })).toMatchObject({ kind: 'replaced' });
		expect(new AddedModules(BUILT_IN, storage).get('local-vote')).toEqual(edited);
	});

	it('removes a module and takes back its answers, leaving the others', () => {
		const storage = new MemoryStorage();
		const added = new AddedModules(BUILT_IN, storage);
		const other = { ...vote(), id: 'other-story' };
		added.add(vote());
		added.add(other);
		answerAll(storage, vote());
		expect(added.remove('local-vote')).toEqual({ kind: 'removed' });
		expect(added.list.map(({ module }) => module.id)).toEqual(['other-story']);
		expect(stored(storage).modules).toHaveLength(1);
		expect(answersIn(storage)).toEqual([]);
		expect(added.remove('local-vote')).toEqual({ kind: 'absent' });
	});

	it('leaves out a damaged entry, keeps the others, and copies the original aside', () => {
		const damaged = JSON.stringify({
			version: 1,
			modules: [
				{ module: vote(), addedAt: '2026-11-20T10:00:00.000Z' },
				{ module: { ...vote(), id: 'broken', claims: [] }, addedAt: '2026-11-21T10:00:00.000Z' },
				'not a module'
			]
		});
		const storage = new MemoryStorage({ [ADDED_MODULES_KEY]: damaged });
		const added = new AddedModules(BUILT_IN, storage);
		expect(added.list.map(({ module }) => module.id)).toEqual(['local-vote']);
		expect(added.notice).toBe(
			'Some modules you added could not be read and were left out; the original is kept.'
		);
		expect(storage.getItem(`${ADDED_MODULES_KEY}:unreadable:2026-11-25T10:00:00.000Z`)).toBe(
			damaged
		);
	});

	it('starts afresh from unreadable data, keeping the damaged copy', () => {
		const storage = new MemoryStorage({ [ADDED_MODULES_KEY]: '{"version":1,"modules":[' });
		const added = new AddedModules(BUILT_IN, storage);
		expect(added.list).toEqual([]);
		expect(added.notice).toBe(ADDED_NOTICES.unreadable);
		added.add(vote());
		expect(storage.getItem(`${ADDED_MODULES_KEY}:unreadable:2026-11-25T10:00:00.000Z`)).toBe(
			'{"version":1,"modules":['
		);
	});

	it('never writes over modules saved by a newer release', () => {
		const newer = '{"version":2,"modules":[]}';
		const storage = new MemoryStorage({ [ADDED_MODULES_KEY]: newer });
		const added = new AddedModules(BUILT_IN, storage);
		expect(added.notice).toBe(ADDED_NOTICES.newer);
		expect(added.add(vote())).toEqual({
			kind: 'not-stored',
			message:
				'“The local vote” could not be added, because your modules were saved by a newer version of Claimwise. Reload the page to get it, then try again.'
		});
		expect(added.get('local-vote')).toBeUndefined();
		expect(added.remove('local-vote', 'The local vote')).toEqual({
			kind: 'not-stored',
			message:
				'“The local vote” could not be removed, because your modules were saved by a newer version of Claimwise. Reload the page to get it, then try again.'
		});
		expect(storage.getItem(ADDED_MODULES_KEY)).toBe(newer);
	});

	it('adds nothing when storage is full or off, and says so: its pages could not open it', () => {
		const full = new MemoryStorage();
		full.failWrites = 'QuotaExceededError';
		const refusing = new MemoryStorage();
		refusing.failReads = 'SecurityError';
		for (const storage of [full, null, refusing]) {
			const added = new AddedModules(BUILT_IN, storage);
			expect(added.add(vote())).toEqual({
				kind: 'not-stored',
				message:
					'“The local vote” could not be added, because this browser is not letting Claimwise keep it. Open the link in a normal (not private) window or another browser, or ask your teacher.'
			});
			expect(added.get('local-vote')).toBeUndefined();
			// Nothing is left to say it was added: adding it again is offered.
			expect(added.check(vote())).toEqual({ kind: 'new' });
			expect(added.notice).toBe(storage === full ? NOTICES.full : NOTICES.disabled);
		}
		expect(full.keys()).toEqual([]);
		expect(refusing.keys()).toEqual([]);
	});

	it('keeps the module and its answers as they were when a newer version or a removal cannot be stored', () => {
		const storage = new MemoryStorage();
		const added = new AddedModules(BUILT_IN, storage);
		added.add(vote(1, ['count', 'rain']));
		answerAll(storage, vote(1, ['count', 'rain']));
		const before = storage.getItem(ADDED_MODULES_KEY);
		const answers = answersIn(storage);
		storage.failWrites = 'QuotaExceededError';

		expect(added.add(vote(2, ['count'])).kind).toBe('not-stored');
		expect(added.add({ ...vote(1), title: 'Another vote' }, { replace: true }).kind).toBe(
			'not-stored'
		);
		expect(added.remove('local-vote')).toEqual({
			kind: 'not-stored',
			message:
				'“The local vote” could not be removed, because this browser is not letting Claimwise save.'
		});
		expect(added.get('local-vote')).toEqual(vote(1, ['count', 'rain']));
		expect(storage.getItem(ADDED_MODULES_KEY)).toBe(before);
		expect(answersIn(storage)).toEqual(answers);
	});

	it('hides an added module whose id a later release gave to a built-in module', () => {
		const storage = new MemoryStorage();
		new AddedModules([], storage).add({ ...vote(), id: 'signal-words' });
		expect(new AddedModules(BUILT_IN, storage).list).toEqual([]);
	});

	it('lists a module another tab added', async () => {
		vi.stubGlobal('window', new EventTarget());
		const storage = new MemoryStorage();
		const added = new AddedModules(BUILT_IN, storage);
		const heard = vi.fn();
		added.onExternalChange(heard);
		const theirs = JSON.stringify({
			version: 1,
			modules: [{ module: vote(), addedAt: '2026-11-25T10:00:00.000Z' }]
		});
		storage.setItem(ADDED_MODULES_KEY, theirs);
		window.dispatchEvent(
			Object.assign(new Event('storage'), {
				key: ADDED_MODULES_KEY,
				newValue: theirs,
				storageArea: storage
			})
		);
		await new Promise((done) => setTimeout(done, 0));
		expect(added.get('local-vote')).toEqual(vote());
		expect(heard).toHaveBeenCalledWith([{ module: vote(), addedAt: '2026-11-25T10:00:00.000Z' }]);
	});
});

describe('readAddedModules', () => {
	it('does not parse text longer than storage could hold', () => {
		expect(readAddedModules(' '.repeat(5_000_001))).toEqual({ status: 'unreadable' });
	});

	it('keeps the first of two modules stored under one id', () => {
		const raw = JSON.stringify({
			version: 1,
			modules: [
				{ module: vote(1), addedAt: '2026-11-20T10:00:00.000Z' },
				{ module: vote(2), addedAt: '2026-11-21T10:00:00.000Z' }
			]
		});
		const read = readAddedModules(raw);
		expect(read.status).toBe('partial');
		expect(
			read.status === 'partial' && read.value.modules.map(({ module }) => module.version)
		).toEqual([1]);
	});
});
