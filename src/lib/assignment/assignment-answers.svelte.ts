import type { AnswerMap } from '$lib/quiz/answers';
import { isRecord } from '$lib/is-record';
import type { AnswerHistory } from '$lib/storage/merge-answers';
import { browserStorage } from '$lib/storage/browser-storage';
import { workKey } from '$lib/storage/keys';
import type { StoredRead } from '$lib/storage/load-stored';
import { readAnswerRecord } from '$lib/progress/saved-progress';
import { StoredAnswers } from '$lib/storage/stored-answers.svelte';

/** Stored work on an assignment, as far as answering needs to know it. */
export interface WorkRecord extends AnswerHistory {
	assignment: unknown;
	studentName: unknown;
	startedAt: unknown;
	handedInAt: unknown;
}

/**
 * Reads stored work on the assignment with this code, checking only what answering needs: the
 * assignment page checks the whole of it. Never throws.
 */
export function readWorkRecord(raw: string, code: string): StoredRead<WorkRecord> {
	const read = readAnswerRecord(raw);
	if (!read || read.data.version !== 1 || !isRecord(read.data.assignment)) {
		return { status: 'unreadable' };
	}
	if (read.data.assignment.code !== code) return { status: 'unreadable' };
	const { data, answers, cleared, skipped } = read;
	return {
		status: skipped ? 'partial' : 'ok',
		value: { ...(data as unknown as WorkRecord), answers, cleared }
	};
}

/**
 * A student's answers to one assignment in this browser, kept apart from self-study progress:
 * taken only once the student has started, and no longer once handed in.
 */
export class AssignmentAnswers<T extends WorkRecord = WorkRecord> extends StoredAnswers<T> {
	readonly code: string;

	protected constructor(
		code: string,
		read: (raw: string) => StoredRead<T>,
		fresh: T,
		storage: Storage | null
	) {
		super(workKey(code), read, fresh, storage);
		this.code = code;
	}

	/** Reopens the assignment with this code as this browser keeps it: not started if it has not. */
	static open(code: string, storage = browserStorage()) {
		const none: WorkRecord = {
			assignment: null,
			studentName: '',
			startedAt: '',
			handedInAt: null,
			answers: {}
		};
		return new AssignmentAnswers(code, (raw) => readWorkRecord(raw, code), none, storage);
	}

	protected combine(mine: T, theirs: T) {
		// Handing in is final, whichever tab did it.
		return { ...theirs, handedInAt: theirs.handedInAt ?? mine.handedInAt };
	}

	get started() {
		return !!this.saved.startedAt;
	}
	get handedInAt() {
		return typeof this.saved.handedInAt === 'string' ? this.saved.handedInAt : null;
	}

	setAnswers(claimIds: readonly string[], answers: AnswerMap) {
		if (this.started && !this.handedInAt) super.setAnswers(claimIds, answers);
	}
}
