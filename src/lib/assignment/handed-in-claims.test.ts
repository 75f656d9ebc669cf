import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { workKey } from '$lib/storage/keys';
import { AssignmentProgress } from './assignment-work.svelte';
import { handInOf } from './assignment-work';
import { handedInClaims } from './handed-in-claims';

const saved = readFileSync(new URL('./fixtures/work-v1.json', import.meta.url), 'utf8');
const key = workKey('K7P2QX');

describe('the claims of a hand-in, kept with the work', () => {
	it('are read back after a reload, so the same result code can be made without the module', () => {
		const storage = new MemoryStorage({ [key]: saved });
		const work = AssignmentProgress.fromCode('K7P2QX', storage)!;
		const claims = ['c2', 'c1', 'c3'];
		work.handIn(claims);
		const before = handInOf(work.work!, claims);
		expect(handedInClaims('K7P2QX', storage)).toEqual(claims);
		const reopened = AssignmentProgress.fromCode('K7P2QX', storage)!;
		expect(handInOf(reopened.work!, handedInClaims('K7P2QX', storage)!)).toEqual(before);
	});

	it('are none when they are not a list of claim ids, or the work was not handed in', () => {
		const handedInAt = '2026-11-25T11:00:00.000Z';
		for (const [at, claims] of [
			[handedInAt, 'c1'],
			[handedInAt, [1, 2]],
			[handedInAt, ['x'.repeat(201)]],
			[handedInAt, { 0: 'c1' }],
			[handedInAt, undefined],
			[null, ['c1']]
		] as const) {
			const stored = { ...JSON.parse(saved), handedInAt: at, handedInClaims: claims };
			const storage = new MemoryStorage({ [key]: JSON.stringify(stored) });
			expect(handedInClaims('K7P2QX', storage)).toBeNull();
		}
		expect(handedInClaims('K7P2QX', new MemoryStorage({ [key]: '{"hand' }))).toBeNull();
		expect(handedInClaims('K7P2QX', null)).toBeNull();
	});
});
