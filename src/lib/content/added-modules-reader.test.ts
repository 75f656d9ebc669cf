import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
	ADDED_NOTICES,
	AddedModulesReader,
	moduleCheck,
	readAddedModules
} from './added-modules-reader.svelte';
import { AddedModules } from './added-modules.svelte';
import type { ModuleContent } from './schema';
import { moduleArb } from '$lib/codes/module-arbitraries';
import { ADDED_MODULES_KEY } from '$lib/storage/keys';
import { MemoryStorage } from '$lib/storage/memory-storage';

const BUILT_IN = ['signal-words'];
const ADDED_AT = '2026-11-25T10:00:00.000Z';
const NOW = '2026-11-30T10:00:00.000Z';

function vote(): ModuleContent {
	return {
		format: 2,
		id: 'local-vote',
		version: 1,
		title: 'The local vote',
		summary: 'A short story about a vote.',
		source: { name: 'Riverside Gazette', date: 'November 2026' },
		licence: { attribution: 'Riverside Gazette', terms: 'Shared with permission.' },
		sections: [{ id: 'one', title: 'One', text: 'The vote was 7 to 2. It may rain.' }],
		claims: [
			{
				id: 'count',
				section: 'one',
				quote: 'The vote was 7 to 2.',
				label: 'fact',
				cues: ['7 to 2'],
				explanation: 'A count you can check.',
				check: 'Read the minutes.'
			}
		]
	};
}

/** Storage holding `vote()` as adding it stores it: with its check. */
function addedVote() {
	const storage = new MemoryStorage();
	vi.setSystemTime(new Date(ADDED_AT));
	new AddedModules(BUILT_IN, storage).add(vote());
	vi.setSystemTime(new Date(NOW));
	return storage;
}

const storedText = (storage: Storage) => storage.getItem(ADDED_MODULES_KEY)!;

beforeEach(() => {
	vi.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] });
});
afterEach(() => {
	vi.useRealTimers();
});

describe('AddedModulesReader', () => {
	it('stores each added module with the check of its JSON', () => {
		const stored = JSON.parse(storedText(addedVote()));
		expect(stored.modules).toEqual([
			{ module: vote(), addedAt: ADDED_AT, check: moduleCheck(vote()) }
		]);
		expect(stored.modules[0].check).toMatch(/^[0-9a-z]{7}$/);
	});

	it('reads what the adder stored, without validating it again', () => {
		const storage = addedVote();
		const reader = new AddedModulesReader(BUILT_IN, storage);
		expect(reader.list).toEqual([{ module: vote(), addedAt: ADDED_AT }]);
		expect(reader.get('local-vote')).toEqual(vote());
		expect(reader.notice).toBeNull();
		expect(reader.unchecked).toBe(0);
	});

	it('leaves out a module edited in storage, says so calmly and keeps the original aside', () => {
		const storage = addedVote();
		const edited = storedText(storage).replace('A count you can check.', '<b>Trust me</b>');
		storage.setItem(ADDED_MODULES_KEY, edited);
		for (const added of [
			new AddedModulesReader(BUILT_IN, storage),
			new AddedModules(BUILT_IN, storage)
		]) {
			expect(added.list).toEqual([]);
			expect(added.get('local-vote')).toBeUndefined();
			expect(added.notice).toBe(ADDED_NOTICES.partial);
		}
		expect(storage.getItem(`${ADDED_MODULES_KEY}:unreadable:${NOW}`)).toBe(edited);
	});

	it('leaves out a module whose check matches but which lacks what pages read', () => {
		const broken = { ...vote(), claims: [{ ...vote().claims[0], cues: 'not a list' }] };
		const raw = JSON.stringify({
			version: 1,
			modules: [{ module: broken, addedAt: ADDED_AT, check: moduleCheck(broken) }]
		});
		const read = readAddedModules(raw);
		expect(read.status).toBe('partial');
		expect(read.status === 'partial' && read.value.modules).toEqual([]);
	});

	it('catches every single-character change to a stored module', () => {
		fc.assert(
			fc.property(moduleArb, fc.nat(), fc.integer({ min: 32, max: 0x2fff }), (module, at, code) => {
				const storage = new MemoryStorage();
				new AddedModules([], storage).add(module);
				const text = storedText(storage);
				// A character of the module's JSON, which starts after `{"version":1,"modules":[{"module":`.
				const start = text.indexOf('"module":') + '"module":'.length;
				const end = text.lastIndexOf(',"addedAt"');
				const index = start + (at % (end - start));
				const char = String.fromCharCode(code);
				fc.pre(text[index] !== char);
				const changed = text.slice(0, index) + char + text.slice(index + 1);
				const read = readAddedModules(changed);
				// Either the text is no longer this record at all, or the module is left out.
				expect(read.status === 'ok' ? read.value.modules : []).toEqual([]);
			}),
			{ numRuns: 300 }
		);
		// Generous: the machine running the whole suite may be busy; no speed is asserted here.
	}, 30_000);
});

describe('modules stored by an earlier release, without a check', () => {
	const legacy = (module: unknown) =>
		JSON.stringify({ version: 1, modules: [{ module, addedAt: ADDED_AT }] });

	it('are not shown unvalidated: the reader leaves them out and counts them, saying nothing', () => {
		const storage = new MemoryStorage({ [ADDED_MODULES_KEY]: legacy(vote()) });
		const reader = new AddedModulesReader(BUILT_IN, storage);
		expect(reader.list).toEqual([]);
		expect(reader.unchecked).toBe(1);
		expect(reader.notice).toBeNull();
		expect(storage.keys()).toEqual([ADDED_MODULES_KEY]);
	});

	it('are validated once by the adder and stored again with their check', () => {
		const storage = new MemoryStorage({ [ADDED_MODULES_KEY]: legacy(vote()) });
		const added = new AddedModules(BUILT_IN, storage);
		expect(added.get('local-vote')).toEqual(vote());
		expect(added.notice).toBeNull();
		expect(JSON.parse(storedText(storage)).modules[0].check).toBe(moduleCheck(vote()));
		const reader = new AddedModulesReader(BUILT_IN, storage);
		expect(reader.unchecked).toBe(0);
		expect(reader.get('local-vote')).toEqual(vote());
	});

	it('that do not validate are left out by the adder with the calm notice', () => {
		const broken = { ...vote(), claims: [{ ...vote().claims[0], quote: 'Not in the text.' }] };
		const storage = new MemoryStorage({ [ADDED_MODULES_KEY]: legacy(broken) });
		const added = new AddedModules(BUILT_IN, storage);
		expect(added.list).toEqual([]);
		expect(added.notice).toBe(ADDED_NOTICES.partial);
	});
});
