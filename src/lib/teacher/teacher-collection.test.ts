import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { emptyCollection } from '$lib/codes/collection-file';
import { addAssignment } from './collection';
import { encodeResult, type HandIn } from '$lib/codes/result-code';
import { COLLECTION_KEY } from '$lib/storage/keys';
import { TeacherCollection } from './teacher-collection.svelte';
import { markSameNames, summarisePaste } from './paste-summary';
import { warmUpAssignment } from '$lib/codes/test-fixtures';

const assignment = warmUpAssignment;
const codeOf = (studentName: string, assignmentCode = 'K7P2QX') =>
	encodeResult({
		assignmentCode,
		moduleId: 'signal-words',
		contentVersion: 1,
		studentName,
		startedAt: 1_800_000_000,
		handedInAt: 1_800_000_600,
		answers: ['fact', null],
		answeredAfter: [30, null]
	} satisfies HandIn);

function setup() {
	const saved = addAssignment(emptyCollection(), assignment, new Date('2026-11-25T10:00:00Z'));
	const storage = new MemoryStorage({ [COLLECTION_KEY]: JSON.stringify(saved) });
	const collection = new TeacherCollection(storage);
	const added = () => collection.data.assignments[0].results.map((result) => result.code);
	return { collection, added };
}

describe('pasting result codes', () => {
	it('adds a code sent inside a sentence, in quotes, or several separated by commas', () => {
		const { collection, added } = setup();
		const [ann, ben, cleo] = ['Ann Tu', 'Ben Okafor', 'Cleo Diaz'].map((name) => codeOf(name));
		collection.addCodes(`Hi Miss, here is my code: ${ann} thanks!\n“${ben}”,${cleo}.`);
		expect(added()).toEqual([ann, ben, cleo]);
	});

	it('adds a code that a chat wrapped just before "R1." inside the name', () => {
		const { collection, added } = setup();
		const ann = codeOf('Ann Tu');
		const at = ann.indexOf('IFR1.') + 2;
		collection.addCodes(`${ann.slice(0, at)}\n${ann.slice(at)}`);
		expect(added()).toEqual([ann]);
	});

	it('adds a code copied with a zero-width space in front', () => {
		const { collection, added } = setup();
		const ann = codeOf('Ann Tu');
		collection.addCodes(`\u200B${ann}`);
		expect(added()).toEqual([ann]);
	});

	it('leaves only what was not added in the box, and says which line and student it was', () => {
		const { collection, added } = setup();
		const ann = codeOf('Ann Tu');
		const ben = codeOf('Ben Okafor');
		const damaged = ben.slice(0, -12) + ben.slice(-11);
		const other = codeOf('Cleo Diaz', 'ABCDEF');
		const result = collection.addCodes(`Codes:\n${ann}\n\nBen: ${damaged}\n${other}\n`);
		expect(added()).toEqual([ann]);
		expect(result.rest).toBe(`${damaged}\n${other}`);
		const lines = summarisePaste(result);
		expect(lines[0]).toBe('Added 1 result. 2 could not be added (they are left in the box):');
		expect(lines[2]).toMatch(/^Line 4, Ben Okafor\. Not added: This result code is incomplete/);
		expect(lines[3]).toMatch(/^Line 5, Cleo Diaz\. Not added: Cleo Diaz’s code is for assignment/);
	});

	it('summarises a long paste in at most a dozen lines', () => {
		const { collection, added } = setup();
		const good = Array.from({ length: 27 }, (_, i) => codeOf(`Student ${i}`));
		const bad = Array.from({ length: 14 }, (_, i) => codeOf(`Other ${i}`).slice(0, -2));
		const result = collection.addCodes([...good, ...bad].join('\n'));
		expect(added()).toHaveLength(27);
		const lines = summarisePaste(result);
		expect(lines[0]).toBe('Added 27 results. 14 could not be added (they are left in the box):');
		expect(lines).toHaveLength(12);
		expect(lines[11]).toBe('…and 4 more that could not be added.');
		expect(result.rest.split('\n')).toHaveLength(14);
	});

	it('reads only the first part of a 2 MB paste, and says so', () => {
		const { collection, added } = setup();
		const text = `${codeOf('Ann Tu')}\n${'x'.repeat(2_000_000)}`;
		const result = collection.addCodes(text);
		expect(added()).toHaveLength(1);
		const lines = summarisePaste(result);
		expect(lines.length).toBeLessThanOrEqual(12);
		expect(lines.at(-1)).toMatch(/only the first part was read/);
		expect(result.rest.length).toBeGreaterThan(1_000_000);
	});
});

describe('pasting codes of two students with the same name', () => {
	const work = (studentName: string, startedAt: number, handedInAt = startedAt + 600) =>
		encodeResult({
			assignmentCode: 'K7P2QX',
			moduleId: 'signal-words',
			contentVersion: 1,
			studentName,
			startedAt,
			handedInAt,
			answers: ['fact', null],
			answeredAfter: [30, null]
		});

	it('keeps both and says so, but not for a later hand-in of the same work', () => {
		const { collection, added } = setup();
		collection.addCodes(work('Alex Smith', 1_800_000_000));
		const paste = (text: string) => markSameNames(collection.addCodes(text), collection.data);
		const again = paste(work('Alex Smith', 1_800_000_000, 1_800_000_900));
		expect(summarisePaste(again)[1]).toBe('Added: Alex Smith (assignment K7P2QX).');
		const other = paste(work('alex  smith', 1_800_000_060));
		expect(added()).toHaveLength(3);
		expect(summarisePaste(other)[1]).toBe(
			'Added: alex  smith (assignment K7P2QX). Another student has the same name: both are kept, so check with them.'
		);
	});

	it('says how many share a name in the summary of a long paste', () => {
		const { collection } = setup();
		const codes = Array.from({ length: 12 }, (_, i) => work(`Student ${i}`, 1_800_000_000));
		codes.push(work('Student 3', 1_800_000_500));
		const lines = summarisePaste(
			markSameNames(collection.addCodes(codes.join('\n')), collection.data)
		);
		expect(lines[0]).toBe(
			'Added 13 results. 2 have the same name as another student: both are kept, so check with them.'
		);
	});
});
