import { browserStorage, NOTICES, tryWrite, type Notice } from '$lib/progress/progress-storage';
import type { AnswerMap } from '$lib/quiz/answers';
import type { Assignment } from './assignment';
import { readWork, withAnswers, workKey, type AssignmentWork } from './assignment-work';

/**
 * A student's work on one assignment in this browser, kept apart from self-study progress:
 * loaded once, saved on every change, and locked once handed in.
 */
export class AssignmentProgress {
	readonly assignment: Assignment;
	#storage: Storage | null;
	#writable: boolean;
	#work: AssignmentWork | null = $state.raw(null);
	notice: Notice | null = $state.raw(null);

	private constructor(
		assignment: Assignment,
		stored: ReturnType<typeof read>,
		storage: Storage | null
	) {
		this.assignment = stored.work?.assignment ?? assignment;
		this.#work = stored.work;
		this.#storage = storage;
		this.#writable = stored.writable;
		this.notice = stored.notice;
	}

	/** Opens an assignment from its link, picking up any work already done on it here. */
	static fromLink(assignment: Assignment, storage = browserStorage()) {
		return new AssignmentProgress(assignment, read(assignment.code, storage), storage);
	}

	/** Reopens an assignment this browser has seen, by its code; null if it has not. */
	static fromCode(code: string, storage = browserStorage()) {
		const stored = read(code, storage);
		return stored.work ? new AssignmentProgress(stored.work.assignment, stored, storage) : null;
	}

	/** The work as saved, or null before the student started. */
	get work() {
		return this.#work;
	}
	get started() {
		return this.#work !== null;
	}
	get studentName() {
		return this.#work?.studentName ?? '';
	}
	get answers(): AnswerMap {
		return this.#work?.answers ?? {};
	}
	get handedInAt() {
		return this.#work?.handedInAt ?? null;
	}
	get sorting() {
		return this.assignment.sorting;
	}

	start(studentName: string) {
		this.#commit({
			version: 1,
			assignment: this.assignment,
			studentName,
			startedAt: this.#work?.startedAt ?? new Date().toISOString(),
			answers: this.#work?.answers ?? {},
			handedInAt: null
		});
	}

	setAnswers(claimIds: readonly string[], answers: AnswerMap) {
		if (!this.#work || this.#work.handedInAt) return;
		const next = withAnswers(this.#work, claimIds, answers);
		if (next !== this.#work) this.#commit(next);
	}

	/** Locks the work: no answer changes after this. */
	handIn(now = new Date()) {
		if (this.#work && !this.#work.handedInAt) {
			this.#commit({ ...this.#work, handedInAt: now.toISOString() });
		}
	}

	#commit(work: AssignmentWork) {
		this.#work = work;
		if (!this.#storage || !this.#writable) return;
		const saved = tryWrite(this.#storage, workKey(this.assignment.code), JSON.stringify(work));
		if (!saved) this.notice = NOTICES.full;
		else if (this.notice === NOTICES.full) this.notice = null;
	}
}

function read(code: string, storage: Storage | null) {
	const none = { work: null, writable: !!storage, notice: storage ? null : NOTICES.disabled };
	if (!storage) return none;
	let raw: string | null;
	try {
		raw = storage.getItem(workKey(code));
	} catch {
		return { ...none, writable: false, notice: NOTICES.disabled as Notice };
	}
	if (raw === null) return none;
	const work = readWork(raw);
	if (work && work.assignment.code === code) return { work, writable: true, notice: null };
	// Keep the unreadable copy before anything new is written over it.
	const rescued = tryWrite(storage, `${workKey(code)}:unreadable:${new Date().toISOString()}`, raw);
	return { work: null, writable: rescued, notice: rescued ? NOTICES.unreadable : NOTICES.full };
}
