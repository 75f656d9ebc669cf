import { createSubscriber } from 'svelte/reactivity';
import { browserStorage } from '$lib/storage/browser-storage';
import { loadStored, NOTICES, type StoredRead } from '$lib/storage/load-stored';
import { isKeptKey, keptCopies, swapStored, type KeptCopy } from '$lib/storage/kept-copies';
import type { Label } from '$lib/content/labels';
import type { Assignment } from '$lib/codes/assignment';
import { workKey } from '$lib/storage/keys';
import { AssignmentAnswers } from './assignment-answers.svelte';
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
	readonly #storage: Storage | null;
	#others: KeptCopy<AssignmentWork>[] = $state.raw([]);
	readonly #listenForOthers: () => void;

	private constructor(work: AssignmentWork, storage: Storage | null) {
		const { code } = work.assignment;
		super(code, (raw) => readWork(raw, code), work, storage);
		this.assignment = this.saved.assignment;
		this.#storage = storage;
		this.#readOthers();
		// Another tab may switch students too.
		this.#listenForOthers = createSubscriber(() => {
			const take = ({ key }: StorageEvent) => {
				if (isKeptKey(key, workKey(code))) this.#readOthers();
			};
			addEventListener('storage', take);
			return () => removeEventListener('storage', take);
		});
	}

	#readOthers() {
		const { code } = this.assignment;
		this.#others = keptCopies(this.#storage, workKey(code), (raw) => readWork(raw, code));
	}

	/**
	 * The work of other students on this assignment in this browser (a shared device), kept aside
	 * when someone else started: oldest first.
	 */
	get others(): readonly KeptCopy<AssignmentWork>[] {
		this.#listenForOthers();
		return this.#others;
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

	/**
	 * Whether this browser holds work on the assignment with this code that cannot be read (so
	 * `fromCode` finds none). A copy of it is kept aside first, as for any damaged save.
	 */
	static keepDamagedWork(code: string, storage = browserStorage()): boolean {
		const loaded = loadStored(storage, workKey(code), (raw) => readWork(raw, code), null);
		return loaded.notice === NOTICES.unreadable || loaded.notice === NOTICES.partial;
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
		const storage = this.#storage;
		const swapped =
			!!storage &&
			swapStored(storage, workKey(this.code), JSON.stringify(next), {
				keep: this.started ? JSON.stringify(this.saved) : undefined,
				fromKey
			});
		if (swapped) this.commit(next);
		this.#readOthers();
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
