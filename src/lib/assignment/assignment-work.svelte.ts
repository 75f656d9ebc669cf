import type { AnswerMap } from '$lib/quiz/answers';
import type { Label } from '$lib/content/labels';
import type { Assignment } from '$lib/codes/assignment';
import { browserStorage } from '$lib/storage/browser-storage';
import { loadStored, NOTICES, type Notice } from '$lib/storage/load-stored';
import { readStored } from '$lib/storage/read-stored';
import type { KeptCopy } from '$lib/storage/kept-copies';
import { workKey } from '$lib/storage/keys';
import { PersistedRecord } from '$lib/storage/persisted-record.svelte';
import { SharedDevice } from '$lib/storage/shared-device.svelte';
import { withAnswers } from '$lib/storage/stored-answers';
import { combineWork, notStarted } from './assignment-answers.svelte';
import { readWork, type AssignmentWork } from './assignment-work';

/** A student's whole work on one assignment, as the assignment page shows and hands it in. */
export class AssignmentProgress {
	readonly assignment: Assignment;
	readonly code: string;
	readonly record: PersistedRecord<AssignmentWork>;
	readonly #device: SharedDevice<AssignmentWork>;

	private constructor(work: AssignmentWork, storage: Storage | null) {
		const { code } = work.assignment;
		const read = (raw: string) => readWork(raw, code);
		this.code = code;
		this.record = new PersistedRecord({
			key: workKey(code),
			read,
			fresh: work,
			storage,
			combine: combineWork<Assignment>()
		});
		this.assignment = this.saved.assignment;
		this.#device = new SharedDevice(this.record, read);
	}

	/** Opens an assignment from its link, picking up any work already done on it here. */
	static fromLink(assignment: Assignment, storage = browserStorage()) {
		return new AssignmentProgress(notStarted(assignment), storage);
	}

	/** Reopens an assignment this browser has seen, by its code; null if it has not. */
	static fromCode(code: string, storage = browserStorage()) {
		const read = readStored(storage, workKey(code), (raw) => readWork(raw, code));
		const readable = read?.status === 'ok' || read?.status === 'partial';
		return readable ? new AssignmentProgress(read.value, storage) : null;
	}

	/**
	 * Whether this browser holds work on the assignment with this code that cannot be read (so
	 * `fromCode` finds none). A copy of it is kept aside first, as for any damaged save.
	 */
	static keepDamagedWork(code: string, storage = browserStorage()): boolean {
		const loaded = loadStored(storage, workKey(code), (raw) => readWork(raw, code), null);
		return loaded.notice === NOTICES.unreadable || loaded.notice === NOTICES.partial;
	}

	/** The work as kept, as it is saved (not started: empty name and start time). */
	get saved(): AssignmentWork {
		return this.record.value;
	}
	/** The work as saved, or null before the student started. */
	get work() {
		return this.started ? this.saved : null;
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
	get studentName() {
		return this.saved.studentName;
	}
	get sorting() {
		return this.assignment.sorting;
	}

	/**
	 * The work of other students on this assignment in this browser (a shared device), kept aside
	 * when someone else started: oldest first.
	 */
	get others(): readonly KeptCopy<AssignmentWork>[] {
		return this.#device.others;
	}

	/** Replaces the answers to the given claims with those in `answers`; absent ones are taken back. */
	setAnswers(claimIds: readonly string[], answers: AnswerMap) {
		if (!this.started || this.handedInAt) return;
		const next = withAnswers(this.saved, claimIds, answers);
		if (next) this.record.set(next);
	}

	/**
	 * Calls `listener` with all the answers each time another tab's save changed them here; never
	 * for this tab's own saves. Returns a function that stops it.
	 */
	onExternalChange(listener: (answers: AnswerMap) => void): () => void {
		return this.record.onExternalChange((value) => listener(value.answers));
	}

	start(studentName: string) {
		const { startedAt } = this.saved;
		this.record.set({
			...this.saved,
			studentName,
			startedAt: startedAt || new Date().toISOString()
		});
	}

	/**
	 * Starts fresh work as another student (`studentName`, trimmed by the caller), keeping the
	 * current student's work aside in `others`. Returns false, changing nothing, when the browser
	 * would not save (storage full or switched off).
	 */
	startAsSomeoneElse(studentName: string, now = new Date()): boolean {
		if (!this.started) {
			this.start(studentName);
			return true;
		}
		const next: AssignmentWork = {
			...notStarted(this.assignment),
			studentName,
			startedAt: now.toISOString()
		};
		return this.#switchTo(next);
	}

	/**
	 * Makes a student's work kept aside (one of `others`) the work shown and answered again, keeping
	 * the current student's aside in its place. Returns false, changing nothing, when the browser
	 * would not save.
	 */
	reopen(other: KeptCopy<AssignmentWork>): boolean {
		return this.#switchTo(other.value, other.key);
	}

	#switchTo(next: AssignmentWork, fromKey?: string) {
		const swapped = this.#device.swap(next, this.started ? this.saved : undefined, fromKey);
		if (swapped) this.record.set(next);
		return swapped;
	}

	/**
	 * Whether answers may still be changed on the assignment page: in test mode, where no feedback
	 * gave the key away, from starting until handing in. Practice answers are final once their
	 * feedback was shown.
	 */
	get canChangeAnswers() {
		return this.assignment.mode === 'test' && this.started && !this.handedInAt;
	}

	/**
	 * Gives or changes the answer (`choice`) to one claim, by its id, saved at once (other tabs
	 * hear of it as of any answer), timed `now`. Does nothing unless `canChangeAnswers`.
	 */
	changeAnswer(claimId: string, choice: Label, now = new Date()) {
		if (!this.canChangeAnswers) return;
		const answer = { choice, answeredAt: now.toISOString(), reviewed: true };
		this.setAnswers([claimId], { [claimId]: answer });
	}

	/**
	 * Locks the work: no answer changes after this.
	 * @param claimIds the assignment's claim ids in the order of the hand-in's answers, kept with
	 *   the work so that its result code can be shown even once the module is gone
	 * @param now when it was handed in
	 */
	handIn(claimIds?: readonly string[], now = new Date()) {
		if (this.started && !this.handedInAt) {
			const handedInAt = now.toISOString();
			this.record.set({ ...this.saved, handedInAt, handedInClaims: claimIds });
		}
	}
}
