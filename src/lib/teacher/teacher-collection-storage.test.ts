import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { emptyCollection } from '$lib/codes/collection-file';
import { addAssignment } from './collection';
import { COLLECTION_KEY } from '$lib/storage/keys';
import { TeacherCollection } from './teacher-collection.svelte';
import { warmUpAssignment } from '$lib/codes/test-fixtures';

const assignment = warmUpAssignment;
const backups = (storage: MemoryStorage) =>
	storage.keys().filter((key) => key.startsWith(`${COLLECTION_KEY}:unreadable:`));

describe('TeacherCollection in storage', () => {
	it('keeps one copy of a damaged collection however often the page is opened', () => {
		const storage = new MemoryStorage({ [COLLECTION_KEY]: '{"version":1,"assignments":[' });
		for (let view = 0; view < 3; view++) {
			const collection = new TeacherCollection(storage);
			expect(collection.notice).toMatch(/could not be read/);
		}
		expect(backups(storage)).toHaveLength(1);
		expect(storage.getItem(backups(storage)[0])).toBe('{"version":1,"assignments":[');
	});

	it('keeps the readable assignments of a partly damaged collection, and one copy of it', () => {
		const good = addAssignment(emptyCollection(), assignment, new Date('2026-11-25T10:00:00Z'));
		const damaged = JSON.stringify({
			...good,
			assignments: [...good.assignments, { link: 'A1.broken.0000000' }]
		});
		const storage = new MemoryStorage({ [COLLECTION_KEY]: damaged });
		new TeacherCollection(storage);
		const collection = new TeacherCollection(storage);
		expect(collection.assignments.map((entry) => entry.assignment.code)).toEqual(['K7P2QX']);
		expect(backups(storage)).toHaveLength(1);
	});

	it('never writes over a collection saved by a newer release', () => {
		const newer = JSON.stringify({ version: 3, assignments: [], folders: [] });
		const storage = new MemoryStorage({ [COLLECTION_KEY]: newer });
		const collection = new TeacherCollection(storage);
		expect(collection.notice).toMatch(/newer version/);
		collection.add(assignment);
		expect(storage.getItem(COLLECTION_KEY)).toBe(newer);
		expect(collection.assignments).toHaveLength(1);
	});

	it('never writes over a collection another tab saved in a newer format meanwhile', () => {
		const storage = new MemoryStorage();
		const collection = new TeacherCollection(storage);
		const newer = JSON.stringify({ version: 3, assignments: [], folders: [] });
		storage.setItem(COLLECTION_KEY, newer);
		collection.add(assignment);
		expect(storage.getItem(COLLECTION_KEY)).toBe(newer);
		expect(collection.notice).toMatch(/newer version/);
		expect(collection.assignments).toHaveLength(1);
	});
});
