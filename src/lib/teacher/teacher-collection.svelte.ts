import { browserStorage } from '$lib/storage/browser-storage';
import { COLLECTION_KEY } from '$lib/storage/keys';
import { NOTICES, type Notice, type StoredRead } from '$lib/storage/load-stored';
import { PersistedRecord } from '$lib/storage/persisted-record.svelte';
import { readStored } from '$lib/storage/read-stored';
import { isRecord } from '$lib/is-record';
import type { Assignment } from '$lib/codes/assignment-link';
import type { ModuleContent } from '$lib/content/schema';
import { findCodes, leftOver, readableName, type FoundCode } from '$lib/codes/find-codes';
import type { PastedOutcome, PasteResult } from './paste-summary';
import { decodeResult } from '$lib/codes/result-code';
import { emptyCollection, parseCollection, type Collection } from '$lib/codes/collection-file';
import {
	addAssignment,
	addResult,
	assignmentOf,
	mergeCollections,
	removeAssignment,
	removeResult
} from './collection';

/** What the teacher is told for each thing that can go wrong with the stored collection. */
const TEACHER_NOTICES: Record<Notice, string> = {
	[NOTICES.disabled]:
		'This browser is not letting Claimwise save, so assignments and results last only while this page is open: copy each link before you leave it.',
	[NOTICES.full]:
		'Your browser’s storage is full, so new assignments and results last only while this page is open: copy each link before you leave it.',
	[NOTICES.unreadable]:
		'Your saved assignments and results could not be read, so the list starts empty; the damaged copy is still kept in this browser.',
	[NOTICES.partial]:
		'Some of your saved assignments or results could not be read and were left out; the original is still kept in this browser.',
	[NOTICES.newer]:
		'Your assignments were saved by a newer version of Claimwise: reload the page to get it. Nothing here changes them.',
	[NOTICES.updated]: 'Claimwise was updated since you opened this page: reload it.'
};

/**
 * Reads the stored collection: `partial` when some entries could not be read, `newer` when a
 * later release wrote it (it is then never written over). Never throws.
 */
export function readCollection(raw: string): StoredRead<Collection> {
	const parsed = parseCollection(raw);
	if (parsed.ok) {
		const { collection, skipped } = parsed.value;
		return { status: skipped ? 'partial' : 'ok', value: collection };
	}
	let version: unknown;
	try {
		const data: unknown = JSON.parse(raw);
		version = isRecord(data) ? data.version : null;
	} catch {
		version = null;
	}
	return typeof version === 'number' && version > 2
		? { status: 'newer' }
		: { status: 'unreadable' };
}

/**
 * The teacher's assignments and results in this browser, saved on every change and kept in step
 * with other tabs: every save holds the whole collection, so a tab takes in another's as it is.
 */
export class TeacherCollection {
	readonly record: PersistedRecord<Collection>;

	/** @param storage the browser's storage by default; null when it is off */
	constructor(storage = browserStorage()) {
		// Damaged data is copied aside once per distinct value, and a newer format is never written over.
		this.record = new PersistedRecord({
			key: COLLECTION_KEY,
			read: readCollection,
			fresh: emptyCollection(),
			storage,
			// Every save holds the whole collection: another tab's is taken as it is, if read in full.
			combine: async () => (_mine, theirs, status) => (status === 'ok' ? { value: theirs } : null)
		});
	}

	/** What to tell the teacher about saving, in one or two sentences; null when all is well. */
	get notice(): string | null {
		const notice = this.record.notice;
		return notice && TEACHER_NOTICES[notice];
	}

	get assignments() {
		return this.data.assignments
			.map((item) => ({ item, assignment: assignmentOf(item)! }))
			.filter((entry) => entry.assignment);
	}

	find(code: string) {
		return this.assignments.find((entry) => entry.assignment.code === code) ?? null;
	}

	/**
	 * Adds an assignment, with its module when that is not one of the site's (see `addAssignment`).
	 */
	add(assignment: Assignment, module?: ModuleContent) {
		this.#commit(addAssignment(this.#latest(), assignment, new Date(), module));
	}

	/**
	 * Files every result code found in pasted text (see `findCodes`: in sentences, quotes, wrapped
	 * over lines). Returns what happened to each, with its line and, where readable, the student;
	 * `rest`, the text to leave in the box (what was not added, then what was not read); and
	 * `cut`, whether the text was too long to read all at once.
	 */
	addCodes(text: string): PasteResult {
		const { codes, read } = findCodes(text, (candidate) => decodeResult(candidate).ok);
		const outcomes: PastedOutcome[] = [];
		const failed: FoundCode[] = [];
		let data = this.#latest();
		const now = new Date();
		for (const found of codes) {
			const { collection, outcome } = addResult(data, found.code, now);
			data = collection;
			const student = outcome.status === 'rejected' ? readableName(found.code) : null;
			outcomes.push({ outcome, line: found.line, student });
			if (outcome.status === 'rejected') failed.push(found);
		}
		this.#commit(data);
		const cut = read < text.length;
		// With nothing found, the box keeps all it had, to be fixed; a part read in full leaves it.
		const rest = codes.length || cut ? leftOver(text, failed, read) : text;
		return { outcomes, rest, cut };
	}

	removeResult(assignmentCode: string, code: string) {
		this.#commit(removeResult(this.#latest(), assignmentCode, code));
	}

	removeAssignment(code: string) {
		this.#commit(removeAssignment(this.#latest(), code));
	}

	/** Adds an exported collection to this one; returns what to tell the teacher. */
	importFile(text: string): string {
		const parsed = parseCollection(text);
		if (!parsed.ok) return parsed.error;
		const base = this.#latest();
		const before = this.#count();
		this.#commit(mergeCollections(base, parsed.value.collection));
		const after = this.#count();
		const skipped = parsed.value.skipped
			? ` ${parsed.value.skipped} damaged entries were left out.`
			: '';
		return `Imported: ${after.assignments - before.assignments} new assignments and ${after.results - before.results} new results.${skipped}`;
	}

	get data() {
		return this.record.value;
	}

	/** The collection as last saved, by this tab or another: every change starts from it. */
	#latest(): Collection {
		const { record } = this;
		// Another tab may have saved a moment ago, before its storage event arrived.
		const stored = readStored(record.storage, record.key, readCollection);
		if (stored?.status === 'newer') record.stopWriting();
		return stored?.status === 'ok' ? stored.value : record.value;
	}

	#count() {
		return {
			assignments: this.record.value.assignments.length,
			results: this.record.value.assignments.reduce((sum, item) => sum + item.results.length, 0)
		};
	}

	#commit(next: Collection) {
		this.record.set(next);
	}
}
