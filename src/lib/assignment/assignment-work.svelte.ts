import { browserStorage, NOTICES, tryWrite, type Notice } from '$lib/progress/progress-storage';
import type { AnswerMap } from '$lib/quiz/answers';
import { encodeAssignment, type Assignment } from './assignment-link';
import { encodeResult } from './result-code';
import { handInOf, readWork, withAnswers, workKey, type AssignmentWork } from './assignment-work';

/**
 * A student's work on one assignment in this browser: loaded once, saved on every change, and
 * locked once handed in.
 */
export class AssignmentProgress {
	readonly assignment: Assignment;
	#storage: Storage | null;
	#work: AssignmentWork | null = $state.raw(null);
	notice: Notice | null = $state.raw(null);

	private constructor(
		assignment: Assignment,
		work: AssignmentWork | null,
		storage: Storage | null,
		notice: Notice | null
	) {
		this.assignment = assignment;
		this.#work = work;
		this.#storage = storage;
		this.notice = notice ?? (storage ? null : NOTICES.disabled);
	}

	/** Opens an assignment from its link, picking up any work already done on it here. */
	static fromLink(assignment: Assignment, storage = browserStorage()) {
		const stored = AssignmentProgress.#read(assignment.code, storage);
		if (stored.found && stored.found.assignment.code === assignment.code) {
			return new AssignmentProgress(
				stored.found.assignment,
				stored.found.work,
				storage,
				stored.notice
			);
		}
		return new AssignmentProgress(assignment, null, storage, stored.notice);
	}

	/** Reopens an assignment this browser has seen, by its code; null if it has not. */
	static fromCode(code: string, storage = browserStorage()) {
		const stored = AssignmentProgress.#read(code, storage);
		return stored.found
			? new AssignmentProgress(stored.found.assignment, stored.found.work, storage, stored.notice)
			: null;
	}

	static #read(code: string, storage: Storage | null) {
		let raw: string | null;
		try {
			raw = storage?.getItem(workKey(code)) ?? null;
		} catch {
			return { found: null, notice: NOTICES.disabled };
		}
		if (raw === null) return { found: null, notice: null };
		const found = readWork(raw);
		if (found) return { found, notice: null };
		// Keep the unreadable copy before anything new is written over it.
		const rescued =
			storage && tryWrite(storage, `${workKey(code)}:unreadable:${new Date().toISOString()}`, raw);
		return { found: null, notice: rescued ? NOTICES.unreadable : NOTICES.full };
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
			link: encodeAssignment(this.assignment),
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

	/** Locks the work and returns its result code. */
	handIn(claimIds: readonly string[], now = new Date()) {
		if (!this.#work) throw new Error('Nothing to hand in before the assignment is started');
		const handedInAt = this.#work.handedInAt ? new Date(this.#work.handedInAt) : now;
		if (!this.#work.handedInAt)
			this.#commit({ ...this.#work, handedInAt: handedInAt.toISOString() });
		return this.handInFor(claimIds);
	}

	/** The hand-in of work already handed in, for its code, file and answer sheet. */
	handInFor(claimIds: readonly string[]) {
		if (!this.#work?.handedInAt) return null;
		const handIn = handInOf(this.#work, this.assignment, claimIds, new Date(this.#work.handedInAt));
		return { handIn, code: encodeResult(handIn) };
	}

	#commit(work: AssignmentWork) {
		this.#work = work;
		if (!this.#storage) return;
		const saved = tryWrite(this.#storage, workKey(this.assignment.code), JSON.stringify(work));
		if (!saved) this.notice = NOTICES.full;
		else if (this.notice === NOTICES.full) this.notice = null;
	}
}
