import { browserStorage, type StoredRead } from '$lib/progress/progress-storage';
import type { Assignment } from './assignment';
import { AssignmentAnswers, workKey } from './assignment-answers.svelte';
import { readWork, type AssignmentWork } from './assignment-work';

const notStarted = (assignment: Assignment): AssignmentWork => ({
	version: 1,
	assignment,
	studentName: '',
	startedAt: '',
	answers: {},
	handedInAt: null
});

/** A student's whole work on one assignment, as the assignment page shows and hands it in. */
export class AssignmentProgress extends AssignmentAnswers<AssignmentWork> {
	readonly assignment: Assignment;

	private constructor(work: AssignmentWork, storage: Storage | null) {
		const { code } = work.assignment;
		super(code, (raw) => readWork(raw, code), work, storage);
		this.assignment = this.saved.assignment;
	}

	/** Opens an assignment from its link, picking up any work already done on it here. */
	static fromLink(assignment: Assignment, storage = browserStorage()) {
		return new AssignmentProgress(notStarted(assignment), storage);
	}

	/** Reopens an assignment this browser has seen, by its code; null if it has not. */
	static fromCode(code: string, storage = browserStorage()) {
		const work = readOnce(storage, workKey(code), (raw) => readWork(raw, code));
		return work ? new AssignmentProgress(work, storage) : null;
	}

	/** The work as saved, or null before the student started. */
	get work() {
		return this.started ? this.saved : null;
	}
	get studentName() {
		return this.saved.studentName;
	}
	get sorting() {
		return this.assignment.sorting;
	}

	start(studentName: string) {
		const { startedAt } = this.saved;
		this.commit({ ...this.saved, studentName, startedAt: startedAt || new Date().toISOString() });
	}

	/** Locks the work: no answer changes after this. */
	handIn(now = new Date()) {
		if (this.started && !this.handedInAt) {
			this.commit({ ...this.saved, handedInAt: now.toISOString() });
		}
	}
}

/** What is stored under a key, read once without changing anything; null if nothing readable. */
function readOnce<T>(
	storage: Storage | null,
	key: string,
	read: (raw: string) => StoredRead<T>
): T | null {
	let raw: string | null = null;
	try {
		raw = storage?.getItem(key) ?? null;
	} catch {
		// storage switched off: nothing to read
	}
	const result = raw === null ? null : read(raw);
	return result?.status === 'ok' || result?.status === 'partial' ? result.value : null;
}
