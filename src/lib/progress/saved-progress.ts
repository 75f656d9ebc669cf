import * as v from 'valibot';
import { LABELS } from '$lib/content/schema';
import type { AnswerMap } from '$lib/quiz/answers';
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

const answerSchema = v.object({
	choice: v.picklist(LABELS),
	answeredAt: v.pipe(v.string(), v.isoTimestamp()),
	reviewed: v.boolean()
});

const envelopeSchema = v.object({
	version: v.literal(PROGRESS_VERSION),
	moduleId: v.string(),
	contentVersion: v.pipe(v.number(), v.integer()),
	sorting: v.optional(v.picklist(['two-way', 'three-way']), 'two-way'),
	answers: v.record(v.string(), v.unknown()),
	updatedAt: v.optional(v.string(), '')
});

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

	const envelope = v.safeParse(envelopeSchema, data);
	if (!envelope.success || envelope.output.moduleId !== moduleId) return { status: 'unreadable' };

	const answers: AnswerMap = {};
	let skipped = 0;
	for (const [claimId, answer] of Object.entries(envelope.output.answers)) {
		const parsed = v.safeParse(answerSchema, answer);
		if (parsed.success) answers[claimId] = parsed.output;
		else skipped++;
	}
	const progress: SavedProgress = { ...envelope.output, version: PROGRESS_VERSION, answers };
	return skipped ? { status: 'partial', progress, skipped } : { status: 'ok', progress };
}
