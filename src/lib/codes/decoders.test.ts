import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { decodeAssignment, encodeAssignment } from './assignment-link';
import { decodeResult, encodeResult } from './result-code';
import { parseResultFile, resultFile } from './result-file';
import { addAssignment, addResult } from '$lib/teacher/collection';
import { collectionFile, emptyCollection, parseCollection } from './collection-file';
import { assignmentArb, handInArb, junkArb, mutated } from './arbitraries';
import { readWork } from '$lib/assignment/assignment-work';

const RUNS = { numRuns: 10_000 };

describe('assignment links', () => {
	it('round-trip every valid assignment', () => {
		fc.assert(
			fc.property(assignmentArb, (assignment) => {
				expect(decodeAssignment(encodeAssignment(assignment))).toEqual({
					ok: true,
					value: assignment
				});
			}),
			RUNS
		);
	});

	it('never throw on random or mutated input, and catch every single-character change', () => {
		const valid = assignmentArb.map(encodeAssignment);
		fc.assert(
			fc.property(fc.oneof(junkArb, mutated(valid)), (input) => {
				const result = decodeAssignment(input);
				if (!result.ok) expect(result.error).toMatch(/\w/);
			}),
			RUNS
		);
		fc.assert(
			fc.property(valid, fc.nat(), (link, at) => {
				const i = at % link.length;
				const changed = link.slice(0, i) + (link[i] === 'x' ? 'y' : 'x') + link.slice(i + 1);
				expect(decodeAssignment(changed).ok).toBe(false);
			}),
			RUNS
		);
	});
});

describe('result codes', () => {
	it('round-trip every valid hand-in', () => {
		fc.assert(
			fc.property(handInArb, (handIn) => {
				expect(decodeResult(encodeResult(handIn))).toEqual({ ok: true, value: handIn });
			}),
			RUNS
		);
	});

	it('never throw on random or mutated input, and catch every single-character change', () => {
		const valid = handInArb.map(encodeResult);
		fc.assert(
			fc.property(fc.oneof(junkArb, mutated(valid)), (input) => {
				const result = decodeResult(input);
				if (!result.ok) expect(result.error).toMatch(/\w/);
			}),
			RUNS
		);
		fc.assert(
			fc.property(valid, fc.nat(), (code, at) => {
				const i = at % code.length;
				const changed = code.slice(0, i) + (code[i] === 'x' ? 'y' : 'x') + code.slice(i + 1);
				expect(decodeResult(changed).ok).toBe(false);
			}),
			RUNS
		);
	});

	it('survive the line breaks and spaces a chat adds', () => {
		fc.assert(
			fc.property(handInArb, fc.nat(), (handIn, at) => {
				const code = encodeResult(handIn);
				const i = at % code.length;
				expect(decodeResult(` ${code.slice(0, i)}\n${code.slice(i)} `).ok).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('result files', () => {
	it('round-trip every valid hand-in', () => {
		fc.assert(
			fc.property(handInArb, (handIn) => {
				const ids = handIn.answers.map((_, i) => `claim-${i}`);
				const text = JSON.stringify(resultFile(handIn, ids, 'Homework'));
				expect(parseResultFile(text)).toEqual({ ok: true, value: handIn });
			}),
			RUNS
		);
	});

	it('never throw on random or mutated files', () => {
		const valid = handInArb.map((h) => JSON.stringify(resultFile(h, [], 'Homework')));
		fc.assert(
			fc.property(fc.oneof(junkArb, mutated(valid), fc.json()), (text) => {
				const result = parseResultFile(text);
				if (!result.ok) expect(result.error).toMatch(/\w/);
			}),
			RUNS
		);
	});
});

describe('collection files', () => {
	const collectionArb = fc
		.tuple(
			fc.uniqueArray(assignmentArb, { maxLength: 3, selector: (a) => a.code }),
			fc.array(handInArb, { maxLength: 4 })
		)
		.map(([assignments, handIns]) => {
			let collection = emptyCollection();
			const now = new Date('2026-11-25T10:00:00Z');
			for (const assignment of assignments) collection = addAssignment(collection, assignment, now);
			for (const [i, handIn] of handIns.entries()) {
				const target = assignments[i % Math.max(assignments.length, 1)];
				if (!target) break;
				const code = encodeResult({
					...handIn,
					assignmentCode: target.code,
					moduleId: target.moduleId,
					contentVersion: target.contentVersion
				});
				collection = addResult(collection, code, now).collection;
			}
			return collection;
		});

	it('round-trip every valid collection', () => {
		fc.assert(
			fc.property(collectionArb, (collection) => {
				const parsed = parseCollection(JSON.stringify(collectionFile(collection)));
				expect(parsed).toEqual({ ok: true, value: { collection, skipped: 0 } });
			}),
			RUNS
		);
	});

	it('never throw on random or mutated files', () => {
		const valid = collectionArb.map((c) => JSON.stringify(collectionFile(c)));
		fc.assert(
			fc.property(fc.oneof(junkArb, mutated(valid), fc.json()), (text) => {
				const result = parseCollection(text);
				if (!result.ok) expect(result.error).toMatch(/\w/);
			}),
			RUNS
		);
	});
});

describe('oversized input', () => {
	// Refused by its length alone: never unpacked from base64 or parsed, however long.
	function refusedUnread(refuse: () => void) {
		const parse = vi.spyOn(JSON, 'parse');
		const unpack = vi.spyOn(globalThis, 'atob');
		try {
			refuse();
			expect(parse).not.toHaveBeenCalled();
			expect(unpack).not.toHaveBeenCalled();
		} finally {
			parse.mockRestore();
			unpack.mockRestore();
		}
	}

	it('is refused by every decoder before it is read', () => {
		const huge = 'A'.repeat(6_000_000);
		for (const decode of [decodeAssignment, decodeResult, parseResultFile, parseCollection])
			refusedUnread(() => expect(decode(huge).ok).toBe(false));
	});

	it('is not even parsed when it is stored work on an assignment', () => {
		const answer = { choice: 'fact', answeredAt: '2026-11-20T09:15:30.000Z', reviewed: true };
		const answers = Object.fromEntries(Array.from({ length: 80_000 }, (_, i) => [`c${i}`, answer]));
		const huge = JSON.stringify({ version: 1, assignment: { code: 'ABCDEF' }, answers });
		refusedUnread(() => expect(readWork(huge, 'ABCDEF').status).toBe('unreadable'));
	});
});
