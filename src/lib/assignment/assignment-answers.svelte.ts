import type { AnswerMap } from '$lib/quiz/answers';
import { isRecord } from '$lib/is-record';
import type { AnswerHistory } from '$lib/storage/merge-answers';
import { browserStorage } from '$lib/storage/browser-storage';
import { workKey } from '$lib/storage/keys';
import type { Notice, StoredRead } from '$lib/storage/load-stored';
import { PersistedRecord } from '$lib/storage/persisted-record.svelte';
import { combineAnswers, withAnswers } from '$lib/storage/stored-answers';
import { readAnswerRecord } from '$lib/progress/saved-progress';

/**
 * Stored work on an assignment (under `workKey`), with the assignment as `A`: as far as the reader
 * that read it checked it (see `readWorkAs`).
 */
export interface WorkRecord<A = unknown> extends AnswerHistory {
	version: 1;
	assignment: A;
	/** Empty until the student starts. */
	studentName: string;
	/** Empty until the student starts. */
	startedAt: string;
	handedInAt: string | null;
	/**
	 * The assignment's claim ids in the order of the hand-in's answers, kept when it is handed in,
	 * so that its result code can be made again without the module (`handedInClaims`). Read only
	 * there: the work's readers leave it out, and it stays in storage as long as the work does.
	 */
	handedInClaims?: readonly string[];
}

/**
 * Reads stored work on the assignment with this code; never throws. The one reader of the work:
 * the assignment page checks the whole assignment (`assignmentOf` = `validAssignment`, see
 * `readWork`), a section page only what answering needs (`answerable`), as the full check would
 * cost section pages about 0.6 KB of their JavaScript budget.
 * @param assignmentOf the stored assignment, checked, or null when it is not one
 * @param nameLimit the longest student name kept, in UTF-16 code units; longer ones are cut
 * @returns `unreadable` for anything but version-1 work on this code with readable fields
 */
export function readWorkAs<A extends { code: unknown }>(
	raw: string,
	code: string,
	assignmentOf: (value: unknown) => A | null,
	nameLimit = Infinity
): StoredRead<WorkRecord<A>> {
	const read = readAnswerRecord(raw);
	const assignment = read && assignmentOf(read.data.assignment);
	const { studentName, startedAt, handedInAt } = read?.data ?? {};
	if (
		read?.data.version !== 1 ||
		assignment?.code !== code ||
		typeof studentName !== 'string' ||
		typeof startedAt !== 'string' ||
		(handedInAt !== null && typeof handedInAt !== 'string')
	) {
		return { status: 'unreadable' };
	}
	const value: WorkRecord<A> = {
		version: 1,
		assignment,
		studentName: studentName.slice(0, nameLimit),
		startedAt,
		answers: read.answers,
		cleared: read.cleared,
		handedInAt
	};
	return { status: read.skipped ? 'partial' : 'ok', value };
}

/** A stored assignment as far as a section page checks it: a record with a code. */
export type Answerable = Record<string, unknown> & { code: string };

/** What answering a section needs of a stored assignment (see `Answerable`); null if not that. */
export const answerable = (value: unknown) =>
	isRecord(value) && typeof value.code === 'string' ? (value as Answerable) : null;

/** Work on an assignment before the student started. */
export const notStarted = <A>(assignment: A): WorkRecord<A> => ({
	version: 1,
	assignment,
	studentName: '',
	startedAt: '',
	answers: {},
	handedInAt: null
});

/** Handing in is final, whichever tab did it; answers are merged as in any record of answers. */
export const combineWork = <A>() =>
	combineAnswers<WorkRecord<A>>((mine, theirs) => ({
		...theirs,
		handedInAt: theirs.handedInAt ?? mine.handedInAt
	}));

/**
 * A student's answers to one assignment in this browser, as a section page answers them: kept apart
 * from self-study progress, taken only once the student has started, and no longer once handed in.
 */
export class AssignmentAnswers {
	readonly code: string;
	readonly record: PersistedRecord<WorkRecord<Answerable | null>>;

	/**
	 * Reopens the assignment with this code as this browser keeps it: not started if it has not.
	 * @param storage the browser's storage by default; null when it is off
	 */
	constructor(code: string, storage = browserStorage()) {
		this.code = code;
		this.record = new PersistedRecord<WorkRecord<Answerable | null>>({
			key: workKey(code),
			read: (raw) => readWorkAs(raw, code, answerable),
			fresh: notStarted(null),
			storage,
			combine: combineWork<Answerable | null>()
		});
	}

	/** The work as kept, as it is saved. */
	get saved() {
		return this.record.value;
	}
	get answers(): AnswerMap {
		return this.saved.answers;
	}
	/** What to tell the student about saving; null when all is well. */
	get notice(): Notice | null {
		return this.record.notice;
	}
	get started() {
		return !!this.saved.startedAt;
	}
	get handedInAt() {
		return this.saved.handedInAt;
	}

	/** Replaces the answers to the given claims with those in `answers`; absent ones are taken back. */
	setAnswers(claimIds: readonly string[], answers: AnswerMap) {
		if (!this.started || this.handedInAt) return;
		const next = withAnswers(this.record.value, claimIds, answers);
		if (next) this.record.set(next);
	}

	/**
	 * Calls `listener` with all the answers each time another tab's save changed them here; never
	 * for this tab's own saves. Returns a function that stops it.
	 */
	onExternalChange(listener: (answers: AnswerMap) => void): () => void {
		return this.record.onExternalChange((value) => listener(value.answers));
	}
}
