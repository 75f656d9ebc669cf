import { LABELS, type Label } from '$lib/content/labels';
import type { AnswerMap, RecordedAnswer } from '$lib/quiz/answers';
import type { Sorting } from '$lib/quiz/grading';
import { isRecord } from '$lib/is-record';
import type { ClearedMap } from '$lib/storage/merge-answers';
import type { StoredRead } from '$lib/storage/load-stored';

/** The save format this release writes. Older formats stay readable; see `fixtures/`. */
export const PROGRESS_VERSION = 1;

export interface SavedProgress {
	version: typeof PROGRESS_VERSION;
	moduleId: string;
	contentVersion: number;
	sorting: Sorting;
	answers: AnswerMap;
	/** Answers taken back (retry, start over), so that other open tabs take them back too. */
	cleared?: ClearedMap;
	updatedAt: string;
	/**
	 * Set when a student started their own progress on a shared device (when, as an ISO time),
	 * so that tabs never merge two students' answers. Kept as stored: check before showing.
	 */
	owner?: unknown;
	/** The name a student gave when starting their own progress; kept as stored. */
	name?: unknown;
}

// Checked by hand rather than with the schema library: this runs on every page, and the
// library would cost a twentieth of the page's JavaScript budget.
const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;
const isTimestamp = (value: unknown): value is string =>
	typeof value === 'string' && ISO_TIMESTAMP.test(value);

function readAnswer(value: unknown): RecordedAnswer | null {
	if (!isRecord(value)) return null;
	const { choice, answeredAt, reviewed } = value;
	if (!(LABELS as readonly unknown[]).includes(choice)) return null;
	if (!isTimestamp(answeredAt) || typeof reviewed !== 'boolean') return null;
	return { choice: choice as Label, answeredAt, reviewed };
}

/**
 * The readable answers of a stored answer map, how many were not, and the readable times at which
 * answers were taken back.
 */
export function readAnswers(answers: unknown, cleared: unknown) {
	const read: { answers: AnswerMap; cleared: ClearedMap; skipped: number } = {
		answers: {},
		cleared: {},
		skipped: 0
	};
	for (const [claimId, value] of Object.entries(isRecord(answers) ? answers : {})) {
		const answer = readAnswer(value);
		if (answer) read.answers[claimId] = answer;
		else read.skipped++;
	}
	for (const [claimId, at] of Object.entries(isRecord(cleared) ? cleared : {})) {
		if (isTimestamp(at)) read.cleared[claimId] = at;
	}
	return read;
}

/** Far more than any module's answers take: anything longer is not read at all. */
export const STORED_LIMIT = 500_000;

/**
 * Reads a stored JSON record that holds answers: the record as it is, with its answers checked one
 * by one; null when it is not such a record. Never throws.
 */
export function readAnswerRecord(raw: string) {
	let data: unknown;
	try {
		data = raw.length > STORED_LIMIT ? null : JSON.parse(raw);
	} catch {
		return null;
	}
	return isRecord(data) ? { data, ...readAnswers(data.answers, data.cleared) } : null;
}

/** The progress of a student who has not answered anything yet. */
export function emptyProgress(moduleId: string, contentVersion: number): SavedProgress {
	return {
		version: PROGRESS_VERSION,
		moduleId,
		contentVersion,
		sorting: 'two-way',
		answers: {},
		cleared: {},
		updatedAt: ''
	};
}

/**
 * Reads a stored progress string. Never throws: anything it cannot read is reported, and any
 * answer that is readable is kept even when its neighbours are not.
 */
export function readSavedProgress(raw: string, moduleId: string): StoredRead<SavedProgress> {
	const read = readAnswerRecord(raw);
	const version = read?.data.version;
	if (typeof version === 'number' && version > PROGRESS_VERSION) return { status: 'newer' };
	if (
		!read ||
		version !== PROGRESS_VERSION ||
		read.data.moduleId !== moduleId ||
		!Number.isInteger(read.data.contentVersion) ||
		!isRecord(read.data.answers)
	) {
		return { status: 'unreadable' };
	}
	const { data, answers, cleared } = read;
	const value: SavedProgress = {
		// Whatever else is stored (whose progress it is) stays, so a save here never drops it.
		...data,
		version: PROGRESS_VERSION,
		moduleId,
		contentVersion: data.contentVersion as number,
		sorting: data.sorting === 'three-way' ? 'three-way' : 'two-way',
		answers,
		cleared,
		updatedAt: typeof data.updatedAt === 'string' ? data.updatedAt : ''
	};
	return { status: read.skipped ? 'partial' : 'ok', value };
}
