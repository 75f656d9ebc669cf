import type { AnswerMap } from '$lib/quiz/answers';
import type { ClearedMap } from '$lib/storage/merge-answers';
import type { StoredRead } from '$lib/storage/load-stored';
import { readWorkRecord, type WorkRecord } from './assignment-answers.svelte';
import { LIMITS, validAssignment, type Assignment } from '$lib/codes/assignment';
import type { HandIn } from '$lib/codes/result-code';

/** A student's work on one assignment, kept apart from their self-study progress. */
export interface AssignmentWork extends WorkRecord {
	version: 1;
	/** The assignment's settings, checked again whenever they are read. */
	assignment: Assignment;
	/** Empty until the student starts. */
	studentName: string;
	/** Empty until the student starts. */
	startedAt: string;
	answers: AnswerMap;
	/** Answers taken back (a retry), so that other open tabs take them back too. */
	cleared?: ClearedMap;
	handedInAt: string | null;
}

/** Reads stored work on the assignment with this code, checking all of it; never throws. */
export function readWork(raw: string, code: string): StoredRead<AssignmentWork> {
	const read = readWorkRecord(raw, code);
	if (read.status !== 'ok' && read.status !== 'partial') return { status: 'unreadable' };
	const work: WorkRecord & { studentName?: unknown } = read.value;
	const assignment = validAssignment(work.assignment);
	if (
		!assignment ||
		typeof work.studentName !== 'string' ||
		typeof work.startedAt !== 'string' ||
		(work.handedInAt !== null && typeof work.handedInAt !== 'string')
	) {
		return { status: 'unreadable' };
	}
	const value: AssignmentWork = {
		version: 1,
		assignment,
		studentName: work.studentName.slice(0, LIMITS.studentName),
		startedAt: work.startedAt,
		answers: work.answers,
		cleared: work.cleared,
		handedInAt: work.handedInAt
	};
	return { ...read, value };
}

/** What the student hands in: answers in the assignment's claim order, times in seconds. */
export function handInOf(work: AssignmentWork, claimIds: readonly string[]): HandIn | null {
	if (!work.handedInAt) return null;
	const { assignment } = work;
	const handedInAt = new Date(work.handedInAt);
	const startedAt = Math.floor(Date.parse(work.startedAt) / 1000);
	return {
		assignmentCode: assignment.code,
		moduleId: assignment.moduleId,
		contentVersion: assignment.contentVersion,
		studentName: work.studentName,
		startedAt,
		handedInAt: Math.max(startedAt, Math.floor(handedInAt.getTime() / 1000)),
		answers: claimIds.map((id) => work.answers[id]?.choice ?? null),
		answeredAfter: claimIds.map((id) => {
			const answer = work.answers[id];
			return answer
				? Math.max(0, Math.floor(Date.parse(answer.answeredAt) / 1000) - startedAt)
				: null;
		})
	};
}
