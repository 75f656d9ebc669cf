import type { ModuleContent } from '$lib/content/schema';
import { scoreOf, type Score } from '$lib/quiz/grading';
import type { AnswerMap } from '$lib/quiz/answers';
import type { Assignment } from './assignment-link';
import { assignedClaims } from './assigned-claims';
import type { HandIn } from './result-code';

export interface GradedHandIn {
	handIn: HandIn;
	overall: Score;
	sections: { id: string; title: string; score: Score }[];
	/** Seconds from starting to handing in. */
	timeSpent: number;
	late: boolean;
	/** Null when the assignment has no pass mark. */
	passed: boolean | null;
}

/** The answers of a hand-in keyed by claim id, as the rest of the app keeps them. */
export function answersOf(handIn: HandIn, claimIds: readonly string[]): AnswerMap {
	const answers: AnswerMap = {};
	claimIds.forEach((id, i) => {
		const choice = handIn.answers[i];
		const after = handIn.answeredAfter[i];
		if (!choice) return;
		const at = new Date((handIn.startedAt + (after ?? 0)) * 1000).toISOString();
		answers[id] = { choice, answeredAt: at, reviewed: true };
	});
	return answers;
}

/** Whether a hand-in came after the end of the due day, in this browser's time zone. */
export function isLate(handedInAt: number, due: string | null): boolean {
	if (!due) return false;
	const endOfDue = new Date(`${due}T23:59:59.999`).getTime();
	return handedInAt * 1000 > endOfDue;
}

/** Scores a hand-in against the module's key: the code never carries a score of its own. */
export function gradeHandIn(
	module: ModuleContent,
	assignment: Assignment,
	handIn: HandIn
): GradedHandIn {
	const claims = assignedClaims(module.claims, assignment);
	const answers = answersOf(
		handIn,
		claims.map((claim) => claim.id)
	);
	const overall = scoreOf(claims, answers);
	const sections = module.sections
		.filter((section) => assignment.sections.includes(section.id))
		.map((section) => ({
			id: section.id,
			title: section.title,
			score: scoreOf(
				claims.filter((claim) => claim.section === section.id),
				answers
			)
		}));
	const percent = overall.total ? (100 * overall.correct) / overall.total : 0;
	return {
		handIn,
		overall,
		sections,
		timeSpent: handIn.handedInAt - handIn.startedAt,
		late: isLate(handIn.handedInAt, assignment.due),
		passed: assignment.passMark === null ? null : percent >= assignment.passMark
	};
}

export interface ItemResult {
	claimId: string;
	quote: string;
	label: string;
	section: string;
	right: number;
	answered: number;
	students: number;
}

/** For every claim, how many students got it right: most missed first. */
export function itemAnalysis(
	module: ModuleContent,
	assignment: Assignment,
	handIns: readonly HandIn[]
): ItemResult[] {
	const claims = assignedClaims(module.claims, assignment);
	const items = claims.map((claim, i) => {
		let right = 0;
		let answered = 0;
		for (const handIn of handIns) {
			if (!handIn.answers[i]) continue;
			answered++;
			if (handIn.answers[i] === claim.label) right++;
		}
		return {
			claimId: claim.id,
			quote: claim.quote,
			label: claim.label,
			section: claim.section,
			right,
			answered,
			students: handIns.length
		};
	});
	const missRate = (item: ItemResult) => (item.students ? 1 - item.right / item.students : 0);
	return items.sort((a, b) => missRate(b) - missRate(a));
}

/** A cell that spreadsheets will show as text, never run as a formula. */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The class table as CSV that Excel and Google Sheets open correctly (UTF-8 with a BOM). */
export function classCsv(rows: readonly GradedHandIn[], passMark: number | null): string {
	const sections = rows[0]?.sections ?? [];
	const header = [
		'Student',
		'Handed in',
		'Late',
		'Minutes spent',
		'Right',
		'Out of',
		'Percent',
		...(passMark === null ? [] : ['Passed']),
		...sections.map((section) => `${section.title} (percent)`)
	];
	const percent = (score: { correct: number; total: number }) =>
		score.total ? Math.round((100 * score.correct) / score.total) : 0;
	const lines = rows.map((row) => [
		row.handIn.studentName,
		new Date(row.handIn.handedInAt * 1000).toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
		row.late ? 'yes' : 'no',
		Math.round(row.timeSpent / 60),
		row.overall.correct,
		row.overall.total,
		percent(row.overall),
		...(passMark === null ? [] : [row.passed ? 'yes' : 'no']),
		...row.sections.map((section) => percent(section.score))
	]);
	return (
		'\uFEFF' + [header, ...lines].map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n'
	);
}
