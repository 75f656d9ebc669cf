import { describe, expect, it } from 'vitest';
import type { Assignment } from '$lib/codes/assignment-link';
import { addAssignment, addResult, mergeCollections, removeResult } from './collection';
import { emptyCollection } from '$lib/codes/collection-file';
import { encodeResult, type HandIn } from '$lib/codes/result-code';
import { warmUpAssignment } from '$lib/codes/test-fixtures';

const now = new Date('2026-11-25T10:00:00Z');
const assignment: Assignment = {
	...warmUpAssignment,
	mode: 'test',
	title: 'Warm-up',
	instructions: 'Use your first name.'
};
const handIn: HandIn = {
	assignmentCode: 'K7P2QX',
	moduleId: 'signal-words',
	contentVersion: 1,
	studentName: 'Ana',
	startedAt: 1_790_000_000,
	handedInAt: 1_790_000_600,
	answers: ['fact', null],
	answeredAfter: [12, null]
};

describe('teacher collection', () => {
	const withAssignment = addAssignment(emptyCollection(), assignment, now);

	it('files a code under its assignment and spots the same code twice', () => {
		const code = encodeResult(handIn);
		const first = addResult(withAssignment, code, now);
		expect(first.outcome.status).toBe('added');
		const again = addResult(first.collection, code, now);
		expect(again.outcome.status).toBe('duplicate');
		expect(again.collection.assignments[0].results).toHaveLength(1);
	});

	it('refuses codes for other assignments or another content version, saying why', () => {
		const other = addResult(
			withAssignment,
			encodeResult({ ...handIn, assignmentCode: 'ZZZZZZ' }),
			now
		);
		expect(other.outcome).toMatchObject({
			status: 'rejected',
			error: expect.stringContaining('not in this browser')
		});
		const older = addResult(withAssignment, encodeResult({ ...handIn, contentVersion: 2 }), now);
		expect(older.outcome).toMatchObject({
			status: 'rejected',
			error: expect.stringContaining('another version of the module')
		});
		expect(older.collection).toBe(withAssignment);
	});

	it('merges an imported collection without losing or doubling anything', () => {
		const code = encodeResult(handIn);
		const here = addResult(withAssignment, code, now).collection;
		const there = addResult(
			withAssignment,
			encodeResult({ ...handIn, studentName: 'Ben' }),
			now
		).collection;
		const merged = mergeCollections(here, there);
		expect(merged.assignments).toHaveLength(1);
		expect(merged.assignments[0].results).toHaveLength(2);
		expect(removeResult(merged, 'K7P2QX', code).assignments[0].results).toHaveLength(1);
	});
});
