import type { ModuleContent } from '$lib/content/schema';
import { isRight, scoreOf, type Score } from '$lib/quiz/grading';
import { describeRightAnswer } from '$lib/quiz/right-answer';
import { VERDICTS } from '$lib/quiz/verdicts';
import { percentRight, scoredSections } from '$lib/quiz/section-scores';
import type { AnswerMap } from '$lib/quiz/answers';
import type { Assignment } from '$lib/codes/assignment-link';
import { assignedClaims } from '$lib/assignment/assigned-claims';
import { decodeResult, type HandIn } from '$lib/codes/result-code';
import { isLate } from '$lib/codes/due';
import { isPassed } from '$lib/assignment/pass-mark';
import { nameKey } from './student-name';

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

export { isLate } from '$lib/codes/due';

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
	const sections = scoredSections(
		module.sections.filter((section) => assignment.sections.includes(section.id)),
		(section) => claims.filter((claim) => claim.section === section.id),
		answers
	).map(({ id, title, score }) => ({ id, title, score }));
	return {
		handIn,
		overall,
		sections,
		timeSpent: handIn.handedInAt - handIn.startedAt,
		late: isLate(handIn.handedInAt, assignment.due),
		passed: isPassed(overall, assignment.passMark)
	};
}

export interface ItemResult {
	claimId: string;
	quote: string;
	label: string;
	/** The right answer in words, with any label the module accepts too. */
	rightAnswer: string;
	section: string;
	right: number;
	answered: number;
	students: number;
}

/**
 * For every claim, how many students answered it and how many of those got it right: most
 * missed (by share of those who answered) first.
 */
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
			if (isRight(claim, handIn.answers[i]!)) right++;
		}
		return {
			claimId: claim.id,
			quote: claim.quote,
			label: claim.label,
			rightAnswer: describeRightAnswer(claim),
			section: claim.section,
			right,
			answered,
			students: handIns.length
		};
	});
	// Judged by those who answered: a claim left unanswered is not a claim that fooled anyone.
	const missRate = (item: ItemResult) => (item.answered ? 1 - item.right / item.answered : 0);
	return items.sort((a, b) => missRate(b) - missRate(a));
}

/**
 * A CSV cell that spreadsheets show as text, never run as a formula: a leading = + - @ tab or
 * carriage return gets an apostrophe (OWASP's advice on CSV injection); a cell holding a quote,
 * comma, semicolon, apostrophe or line break is quoted, inner quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return quoted(text);
}

function quoted(text: string): string {
	return /[",;\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// The words that spreadsheets in common languages read as TRUE or FALSE (English, German,
// French, Dutch, Spanish, Portuguese, Italian, Scandinavian, Polish).
const BOOLEAN_WORDS =
	/^(true|false|wahr|falsch|vrai|faux|waar|onwaar|verdadero|verdadeiro|falso|vero|sant|falsk|sann|usann|prawda|fałsz)$/iu;

/**
 * Whether a spreadsheet opening a CSV would read this text as plain text, exactly as typed:
 * letters (any script) in words with single spaces, apostrophes, hyphens and full stops, and not
 * a word it reads as TRUE or FALSE. Digits, leading or trailing spaces, symbols and the rest
 * might turn into a number, date, time, percentage or formula.
 */
export function readsAsText(text: string): boolean {
	return /^\p{L}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+)*$/u.test(text) && !BOOLEAN_WORDS.test(text);
}

/**
 * Time spent in whole minutes, as the class table and its exports show it: rounded, and at least
 * 1 so that a quick hand-in does not read as no time at all. Takes seconds.
 */
export function minutesSpent(seconds: number): number {
	return Math.max(1, Math.round(seconds / 60));
}

/**
 * A CSV cell that opens as exactly this text in Excel and Google Sheets: plain when it
 * `readsAsText`, else as the formula `="…"`, which yields the text itself (inner quotes doubled,
 * so nothing in the text can end the string and run as a formula). `00731` stays `00731`, `3/4`
 * does not become a date, `=SUM(A1)` shows as typed and is not run. LibreOffice shows `="…"`
 * as written unless its import evaluates formulas; the .xlsx export (`classXlsx`) is exact in
 * every program.
 */
export function csvTextCell(text: string): string {
	return readsAsText(text) ? quoted(text) : quoted(`="${text.replace(/"/g, '""')}"`);
}

/**
 * The separator of CSV that opens in columns where this locale's Excel expects it: `;` where the
 * decimal mark is a comma (German, French, Dutch, …), `,` elsewhere. Takes a BCP 47 tag
 * (`navigator.language`); an unknown tag gives `,`.
 */
export function listSeparator(locale: string | undefined): ',' | ';' {
	try {
		const decimal = new Intl.NumberFormat(locale)
			.formatToParts(1.5)
			.find((part) => part.type === 'decimal')?.value;
		return decimal === ',' ? ';' : ',';
	} catch {
		return ',';
	}
}

/** One cell of the class table: text (shown exactly as written) or a number. */
export type ClassCell = { text: string } | { number: number };

/** What the class table and its exports say beside a student who shares a name with another. */
export const SAME_NAME_NOTE = 'Same name as another student: check with them';

/** One hand-in in the class table: graded, with its code and how it stands among the others. */
export interface ClassRow extends GradedHandIn {
	/** The result code as kept in the collection. */
	code: string;
	/** False for an earlier hand-in of the same work, which a later one replaces. */
	counted: boolean;
	/** True when another counted row has the same name (ignoring case and spacing). */
	sameName: boolean;
}

/**
 * The rows of the class table from the result codes of one assignment (codes that do not decode
 * are left out), sorted by name. One student's work is identified by the name and the start
 * moment a result code carries (see result-code.ts): a later hand-in of the same work replaces
 * an earlier one (kept, with `counted` false); two pieces of work under the same name, e.g.
 * "Alex Smith" and "alex smith", or two "Alex Smith" who started at different moments, are two
 * students, each marked `sameName`, never merged.
 */
export function classRows(
	module: ModuleContent,
	assignment: Assignment,
	codes: readonly string[]
): ClassRow[] {
	const graded = codes.flatMap((code) => {
		const decoded = decodeResult(code);
		return decoded.ok ? [{ ...gradeHandIn(module, assignment, decoded.value), code }] : [];
	});
	const workOf = ({ handIn }: GradedHandIn) => `${handIn.startedAt} ${handIn.studentName}`;
	const latest = new Map<string, number>();
	for (const row of graded) {
		latest.set(workOf(row), Math.max(latest.get(workOf(row)) ?? 0, row.handIn.handedInAt));
	}
	const counted = graded.filter((row) => latest.get(workOf(row)) === row.handIn.handedInAt);
	// Two codes of one work handed in the same second: the one filed last counts.
	const kept = new Map(counted.map((row) => [workOf(row), row]));
	const works = new Map<string, number>();
	for (const row of kept.values()) {
		const key = nameKey(row.handIn.studentName);
		works.set(key, (works.get(key) ?? 0) + 1);
	}
	return graded
		.map((row) => {
			const isCounted = kept.get(workOf(row)) === row;
			return {
				...row,
				counted: isCounted,
				sameName: isCounted && (works.get(nameKey(row.handIn.studentName)) ?? 0) > 1
			};
		})
		.sort(
			(a, b) =>
				a.handIn.studentName.localeCompare(b.handIn.studentName) ||
				a.handIn.startedAt - b.handIn.startedAt ||
				a.handIn.handedInAt - b.handIn.handedInAt
		);
}

/**
 * One claim's cell in "Which claims fooled them": "3 of 4" (right of those who answered), with
 * ", 1 not answered" when some students did not answer it. Takes an `itemAnalysis` entry.
 */
export function describeItem({ right, answered, students }: ItemResult): string {
	return `${right} of ${answered}${answered < students ? `, ${students - answered} not answered` : ''}`;
}

/** "9 of 11": how many claims were answered, of all there are. Takes a score. */
export function describeAnswered(score: Score): string {
	return `${score.answered} of ${score.total}`;
}

/**
 * A score as the class table shows it, out of every claim (what the pass mark is judged by):
 * "6 of 11 right (55%)", or "no claims". Unanswered claims are said apart, in the Answered column
 * and in `describeSection`, never as wrong.
 */
export function describeRight({ correct, total }: Score): string {
	return total
		? `${correct} of ${total} right (${percentRight({ correct, total })}%)`
		: 'no claims';
}

/** One section's cell: "3 of 4", "2 of 4, 1 not answered", or "Not answered". */
export function describeSection({ correct, answered, total }: Score): string {
	if (total && !answered) return VERDICTS.unanswered;
	return `${correct} of ${total}${answered < total ? `, ${total - answered} not answered` : ''}`;
}

/**
 * The name of a time zone as the class table and its exports show it: its IANA name
 * ("Europe/Berlin"), or "UTC" for UTC and Etc/UTC.
 */
export function zoneLabel(timeZone: string): string {
	return timeZone === 'Etc/UTC' || timeZone === 'UTC' ? 'UTC' : timeZone;
}

/**
 * A moment as "2026-11-29 19:03", the wall-clock time in a time zone (IANA name), which sorts as
 * text; the table and its exports both use it, so they agree. Takes seconds since 1970 (UTC); a
 * zone this browser does not know gives UTC.
 */
export function wallClock(seconds: number, timeZone: string): string {
	let format: Intl.DateTimeFormat;
	try {
		format = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		});
	} catch {
		return wallClock(seconds, 'UTC');
	}
	const part = Object.fromEntries(
		format.formatToParts(new Date(seconds * 1000)).map((p) => [p.type, p.value])
	);
	return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/**
 * The class table as rows of cells, a header row first: what the CSV and the .xlsx files hold.
 * "Handed in" is the wall-clock time in `timeZone` (IANA name, as the table on the page shows
 * it) with the zone named ("2026-11-29 19:03 Europe/Berlin"); "Minutes spent" as
 * `minutesSpent`; lateness and passing "yes" or "no"; scores whole numbers, "Right" and "Percent"
 * out of every claim ("Out of") beside how many were "Answered". A "Note" column comes last when
 * a row has one (students with the same name).
 */
export function classTable(
	rows: readonly (GradedHandIn & { sameName?: boolean })[],
	passMark: number | null,
	timeZone = 'UTC'
): ClassCell[][] {
	const sections = rows[0]?.sections ?? [];
	const notes = rows.some((row) => row.sameName);
	const text = (value: string): ClassCell => ({ text: value });
	const number = (value: number): ClassCell => ({ number: value });
	const header = [
		'Student',
		'Handed in',
		'Late',
		'Minutes spent',
		'Answered',
		'Right',
		'Out of',
		'Percent',
		...(passMark === null ? [] : ['Passed']),
		...sections.map((section) => `${section.title} (percent)`),
		...(notes ? ['Note'] : [])
	].map(text);
	const lines = rows.map((row) => [
		text(row.handIn.studentName),
		text(`${wallClock(row.handIn.handedInAt, timeZone)} ${zoneLabel(timeZone)}`),
		text(row.late ? 'yes' : 'no'),
		number(minutesSpent(row.timeSpent)),
		number(row.overall.answered),
		number(row.overall.correct),
		number(row.overall.total),
		number(percentRight(row.overall)),
		...(passMark === null ? [] : [text(row.passed ? 'yes' : 'no')]),
		// A section with nothing answered is "Not answered" in the table: empty here, never 0 %.
		...row.sections.map((section) =>
			section.score.answered ? number(percentRight(section.score)) : text('')
		),
		...(notes ? [text(row.sameName ? SAME_NAME_NOTE : '')] : [])
	]);
	return [header, ...lines];
}

/**
 * The class table as CSV that Excel and Google Sheets open correctly: UTF-8 with a
 * BOM, CRLF line ends, cells separated by `separator` (see `listSeparator`), times in `timeZone`
 * (IANA name; see `classTable`). Student names open exactly as typed (`csvTextCell`); other text
 * is guarded against formulas (`csvCell`).
 */
export function classCsv(
	rows: readonly (GradedHandIn & { sameName?: boolean })[],
	passMark: number | null,
	separator: ',' | ';' = ',',
	timeZone = 'UTC'
): string {
	const [header, ...lines] = classTable(rows, passMark, timeZone);
	const cell = (value: ClassCell, i: number) =>
		'number' in value
			? String(value.number)
			: i === 0
				? csvTextCell(value.text)
				: csvCell(value.text);
	return (
		'\uFEFF' +
		[
			header.map((value) => csvCell('text' in value ? value.text : value.number)),
			...lines.map((line) => line.map(cell))
		]
			.map((line) => line.join(separator))
			.join('\r\n') +
		'\r\n'
	);
}

/**
 * The class table as an Excel workbook (.xlsx, one sheet "Results"): names and other text as
 * text cells, never read as numbers, dates or formulas; scores as numbers. Loads the writer
 * (write-excel-file, about 20 KB gzip) only when called, so no page's first load grows.
 */
export async function classXlsx(
	rows: readonly (GradedHandIn & { sameName?: boolean })[],
	passMark: number | null,
	timeZone = 'UTC'
): Promise<Blob> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const data = classTable(rows, passMark, timeZone).map((line, i) =>
		line.map((value) =>
			'number' in value
				? { value: value.number, type: Number }
				: { value: value.text, type: String, fontWeight: i === 0 ? ('bold' as const) : undefined }
		)
	);
	return writeXlsxFile(data, { sheet: 'Results', stickyRowsCount: 1 }).toBlob();
}
