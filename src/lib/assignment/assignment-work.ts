import type { StoredRead } from '$lib/storage/load-stored';
import { readWorkAs, type WorkRecord } from './assignment-answers.svelte';
import { LIMITS, validAssignment, type Assignment } from '$lib/codes/assignment';
import type { HandIn } from '$lib/codes/result-code';

/** A student's work on one assignment, kept apart from their self-study progress. */
export type AssignmentWork = WorkRecord<Assignment>;

/**
 * Reads stored work on the assignment with this code, checking all of it (the assignment as
 * `validAssignment` does, the name to `LIMITS.studentName`); never throws.
 */
export function readWork(raw: string, code: string): StoredRead<AssignmentWork> {
	return readWorkAs(raw, code, validAssignment, LIMITS.studentName);
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
