import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Assignment } from '$lib/codes/assignment-link';
import { addAssignment, addResult, mergeCollections } from './collection';
import { collectedModule } from './collected-module';
import { readCollection } from './teacher-collection.svelte';
import { collectionFile, emptyCollection, parseCollection } from '$lib/codes/collection-file';
import { encodeResult } from '$lib/codes/result-code';
import type { ModuleContent } from '$lib/content/schema';

// A module a teacher made: the warm-up's content under an id the site does not have.
const warmUp: ModuleContent = JSON.parse(
	readFileSync(new URL('../content/modules/signal-words.json', import.meta.url), 'utf8')
);
const own: ModuleContent = { ...warmUp, id: 'local-vote', version: 3 };
const now = new Date('2026-11-30T10:00:00Z');
const assignment: Assignment = {
	code: 'K7P2QX',
	moduleId: own.id,
	contentVersion: own.version,
	sections: [own.sections[0].id],
	sorting: 'two-way',
	mode: 'test',
	passMark: 60,
	title: 'Our own text',
	instructions: '',
	due: null
};
const roundTrip = (text: string) => {
	const parsed = parseCollection(text);
	if (!parsed.ok) throw new Error(parsed.error);
	return parsed.value;
};

describe('a teacher’s collection with assignments of their own modules', () => {
	const collection = addAssignment(emptyCollection(), assignment, now, own);

	it('keeps the module with its assignment, in storage and in the exported file', async () => {
		expect(collection.version).toBe(2);
		const stored = readCollection(JSON.stringify(collection));
		expect(stored.status).toBe('ok');
		const file = roundTrip(JSON.stringify(collectionFile(collection)));
		expect(file.skipped).toBe(0);
		expect(file.collection.assignments[0].module).toEqual(own);
		expect(await collectedModule(file.collection.assignments[0], assignment)).toEqual(own);
	});

	it('files hand-ins of it like any other', () => {
		const code = encodeResult({
			assignmentCode: 'K7P2QX',
			moduleId: own.id,
			contentVersion: own.version,
			studentName: 'Ana',
			startedAt: 1_790_000_000,
			handedInAt: 1_790_000_600,
			answers: ['fact'],
			answeredAfter: [5]
		});
		expect(addResult(collection, code, now).outcome.status).toBe('added');
	});

	it('still reads a collection of the first format, and writes it as before', () => {
		const old = addAssignment(emptyCollection(), { ...assignment, moduleId: 'signal-words' }, now);
		expect(old.version).toBe(1);
		const file = roundTrip(JSON.stringify({ format: 'claimwise-collection', ...old }));
		expect(file.collection).toEqual(old);
	});

	it('leaves out a module that is not the one its assignment names, and counts it', async () => {
		const edited = JSON.stringify({
			...collection,
			assignments: [{ ...collection.assignments[0], module: { ...own, version: 9 } }]
		});
		const read = roundTrip(edited);
		expect(read.skipped).toBe(1);
		expect(read.collection.assignments[0].module).toBeUndefined();
		const damaged = { module: { ...own, claims: [] } as unknown as ModuleContent };
		expect(await collectedModule(damaged, assignment)).toBeNull();
	});

	it('takes in the module from an imported collection that has it', () => {
		const without = { version: 1 as const, assignments: [{ ...collection.assignments[0] }] };
		delete without.assignments[0].module;
		const merged = mergeCollections(without, collection);
		expect(merged.version).toBe(2);
		expect(merged.assignments[0].module).toEqual(own);
	});

	it('is never written over by a release that does not know the next format', () => {
		expect(readCollection(JSON.stringify({ ...collection, version: 3 })).status).toBe('newer');
	});
});
