import { isSameAnswer, type AnswerMap, type RecordedAnswer } from '$lib/quiz/answers';
import { LABELS, type Label } from '$lib/content/labels';
import { LIMITS, validAssignment, type Assignment } from './assignment';
import { isRecord } from './encoding';
import type { HandIn } from './result-code';

/** A student's work on one assignment, kept apart from their self-study progress. */
export interface AssignmentWork {
	version: 1;
	/** The assignment's settings, checked again whenever they are read. */
	assignment: Assignment;
	studentName: string;
	startedAt: string;
	answers: AnswerMap;
	handedInAt: string | null;
}

export function workKey(assignmentCode: string) {
	return `claimwise:assignment:v1:${assignmentCode}`;
}

export const WORK_LIMIT = 200_000;

/** Reads stored work; null when it is not readable (the caller keeps the original aside). */
export function readWork(raw: string): AssignmentWork | null {
	if (raw.length > WORK_LIMIT) return null;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	if (!isRecord(data) || data.version !== 1) return null;
	const assignment = validAssignment(data.assignment);
	if (!assignment || typeof data.studentName !== 'string' || typeof data.startedAt !== 'string') {
		return null;
	}
	const answers: AnswerMap = {};
	for (const [id, value] of Object.entries(isRecord(data.answers) ? data.answers : {})) {
		if (
			isRecord(value) &&
			(LABELS as readonly unknown[]).includes(value.choice) &&
			typeof value.answeredAt === 'string' &&
			!Number.isNaN(Date.parse(value.answeredAt))
		) {
			answers[id] = {
				choice: value.choice as Label,
				answeredAt: value.answeredAt,
				reviewed: value.reviewed === true
			};
		}
	}
	const work: AssignmentWork = {
		version: 1,
		assignment,
		studentName: data.studentName.slice(0, LIMITS.studentName),
		startedAt: data.startedAt,
		answers,
		handedInAt: typeof data.handedInAt === 'string' ? data.handedInAt : null
	};
	return work;
}

/** Replaces the answers to the given claims (absent ones are removed); unchanged work is returned as is. */
export function withAnswers(work: AssignmentWork, claimIds: readonly string[], answers: AnswerMap) {
	const next = { ...work.answers };
	let changed = false;
	for (const id of claimIds) {
		if (isSameAnswer(answers[id], next[id])) continue;
		if (answers[id]) next[id] = answers[id] as RecordedAnswer;
		else delete next[id];
		changed = true;
	}
	return changed ? { ...work, answers: next } : work;
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
