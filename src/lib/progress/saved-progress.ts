import { LABELS, type Label } from '$lib/content/labels';
import type { AnswerMap, RecordedAnswer } from '$lib/quiz/answers';
import type { Sorting } from '$lib/quiz/grading';

/** The save format this release writes. Older formats stay readable; see `fixtures/`. */
export const PROGRESS_VERSION = 1;

export interface SavedProgress {
	version: typeof PROGRESS_VERSION;
	moduleId: string;
	contentVersion: number;
	sorting: Sorting;
	answers: AnswerMap;
	updatedAt: string;
}

// Checked by hand rather than with the schema library: this runs on every page, and the
// library would cost a twentieth of the page's JavaScript budget.
const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const ISO_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/;

function readAnswer(value: unknown): RecordedAnswer | null {
	if (!isRecord(value)) return null;
	const { choice, answeredAt, reviewed } = value;
	if (!(LABELS as readonly unknown[]).includes(choice)) return null;
	if (typeof answeredAt !== 'string' || !ISO_TIMESTAMP.test(answeredAt)) return null;
	if (typeof reviewed !== 'boolean') return null;
	return { choice: choice as Label, answeredAt, reviewed };
}

export type ReadResult =
	| { status: 'empty' }
	| { status: 'ok'; progress: SavedProgress }
	/** Readable, but some answers were not and were left out. */
	| { status: 'partial'; progress: SavedProgress; skipped: number }
	| { status: 'unreadable' }
	| { status: 'newer'; version: unknown };

/** The progress of a student who has not answered anything yet. */
export function emptyProgress(moduleId: string, contentVersion: number): SavedProgress {
	return {
		version: PROGRESS_VERSION,
		moduleId,
		contentVersion,
		sorting: 'two-way',
		answers: {},
		updatedAt: ''
	};
}

/**
 * Reads a stored progress string. Never throws: anything it cannot read is reported, and any
 * answer that is readable is kept even when its neighbours are not.
 */
export function readSavedProgress(raw: string | null, moduleId: string): ReadResult {
	if (raw === null) return { status: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { status: 'unreadable' };
	}
	const version = (data as { version?: unknown } | null)?.version;
	if (typeof version === 'number' && version > PROGRESS_VERSION)
		return { status: 'newer', version };

	if (
		!isRecord(data) ||
		version !== PROGRESS_VERSION ||
		data.moduleId !== moduleId ||
		!Number.isInteger(data.contentVersion) ||
		!isRecord(data.answers)
	) {
		return { status: 'unreadable' };
	}
	const answers: AnswerMap = {};
	let skipped = 0;
	for (const [claimId, value] of Object.entries(data.answers)) {
		const answer = readAnswer(value);
		if (answer) answers[claimId] = answer;
		else skipped++;
	}
	const progress: SavedProgress = {
		version: PROGRESS_VERSION,
		moduleId,
		contentVersion: data.contentVersion as number,
		sorting: data.sorting === 'three-way' ? 'three-way' : 'two-way',
		answers,
		updatedAt: typeof data.updatedAt === 'string' ? data.updatedAt : ''
	};
	return skipped ? { status: 'partial', progress, skipped } : { status: 'ok', progress };
}
