import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { workKey } from '$lib/storage/keys';
import { AssignmentProgress } from './assignment-work.svelte';
import { handInOf, readWork } from './assignment-work';

const saved = readFileSync(new URL('./fixtures/work-v1.json', import.meta.url), 'utf8');
const key = workKey('K7P2QX');

function readBack(storage: Storage) {
	const work = AssignmentProgress.fromCode('K7P2QX', storage);
	if (!work?.work) throw new Error('no work');
	return work.work;
}

describe('the claims of a hand-in, kept with the work', () => {
	it('are read back after a reload, so the same result code can be made without the module', () => {
		const storage = new MemoryStorage({ [key]: saved });
		const work = AssignmentProgress.fromCode('K7P2QX', storage)!;
		const claims = ['c2', 'c1', 'c3'];
		work.handIn(claims);
		const before = handInOf(work.work!, claims);
		const after = readBack(storage);
		expect(after.handedInClaims).toEqual(claims);
		expect(handInOf(after, after.handedInClaims!)).toEqual(before);
	});

	it('are left out when they are not a list of claim ids, and the work still opens', () => {
		for (const handedInClaims of ['c1', [1, 2], ['x'.repeat(201)], { 0: 'c1' }, null]) {
			const stored = {
				...JSON.parse(saved),
				handedInAt: '2026-11-25T11:00:00.000Z',
				handedInClaims
			};
			const read = readWork(JSON.stringify(stored), 'K7P2QX');
			expect(read.status).toBe('ok');
			expect('value' in read && read.value.handedInClaims).toBeFalsy();
		}
	});

	it('are not kept for work not handed in', () => {
		const stored = { ...JSON.parse(saved), handedInAt: null, handedInClaims: ['c1'] };
		const read = readWork(JSON.stringify(stored), 'K7P2QX');
		expect('value' in read && read.value.handedInClaims).toBeFalsy();
	});
});
