import { describe, expect, it } from 'vitest';
import type { ModuleContent } from '$lib/content/schema';
import type { Assignment } from '$lib/codes/assignment-link';
import {
	classCsv,
	classRows,
	csvCell,
	describeAnswered,
	describeItem,
	describeRight,
	describeSection,
	gradeHandIn,
	isLate,
	itemAnalysis,
	minutesSpent,
	SAME_NAME_NOTE,
	wallClock,
	zoneLabel
} from './class-results';
import { encodeResult, type HandIn } from '$lib/codes/result-code';

const module = {
	id: 'sample',
	version: 1,
	sections: [
		{ id: 'one', title: 'One', text: '' },
		{ id: 'two', title: 'Two', text: '' }
	],
	claims: [
		{ id: 'a', section: 'one', quote: 'A.', label: 'fact' },
		{ id: 'b', section: 'one', quote: 'B.', label: 'speculation' },
		{ id: 'c', section: 'one', quote: 'C.', label: 'opinion' },
		{ id: 'd', section: 'two', quote: 'D.', label: 'fact' }
	]
} as unknown as ModuleContent;

const assignment: Assignment = {
	code: 'K7P2QX',
	moduleId: 'sample',
	contentVersion: 1,
	sections: ['one', 'two'],
	sorting: 'two-way',
	mode: 'practice',
	passMark: 60,
	title: 'Homework',
	instructions: '',
	due: { date: '2026-11-27' }
};

const start = Date.parse('2026-11-26T09:00:00Z') / 1000;
function handIn(name: string, answers: HandIn['answers'], minutes = 20): HandIn {
	return {
		assignmentCode: 'K7P2QX',
		moduleId: 'sample',
		contentVersion: 1,
		studentName: name,
		startedAt: start,
		handedInAt: start + minutes * 60,
		answers,
		answeredAfter: answers.map((a, i) => (a ? i * 30 : null))
	};
}

describe('class results', () => {
	it('recomputes the score from the answers and the key, per section and overall', () => {
		const graded = gradeHandIn(module, assignment, handIn('Ana', ['fact', 'fact', 'fact']));
		expect(graded.overall).toEqual({ correct: 2, answered: 3, total: 3 });
		expect(graded.sections.map((s) => s.score.correct)).toEqual([1, 1]);
		expect(graded.passed).toBe(true);
		expect(graded.timeSpent).toBe(20 * 60);
	});

	it('marks hand-ins after the due day as late', () => {
		const day = { date: '2026-11-27' };
		expect(isLate(Date.parse('2026-11-27T12:00:00') / 1000, day)).toBe(false);
		expect(isLate(Date.parse('2026-11-28T00:30:00') / 1000, day)).toBe(true);
		expect(isLate(Date.parse('2030-01-01T00:00:00') / 1000, null)).toBe(false);
	});

	it('counts a label the module accepts too as right, in scores and item analysis', () => {
		const arguable = {
			...module,
			claims: module.claims.map((claim) =>
				claim.id === 'b'
					? { ...claim, accepts: [{ label: 'fact' as const, why: 'It is on record too.' }] }
					: claim
			)
		};
		const answers: HandIn['answers'] = ['fact', 'fact', 'speculation'];
		expect(gradeHandIn(arguable, assignment, handIn('Ana', answers)).overall.correct).toBe(2);
		expect(gradeHandIn(module, assignment, handIn('Ana', answers)).overall.correct).toBe(1);
		const items = itemAnalysis(arguable, assignment, [handIn('Ana', answers)]);
		expect(items.find((item) => item.claimId === 'b')).toMatchObject({
			right: 1,
			rightAnswer: 'Speculation (Stated fact is right too)'
		});
	});

	it('gives the same minutes spent in the table and the CSV, a quick hand-in as 1', () => {
		const quick = { ...handIn('Ana', ['fact', 'fact', 'fact']), handedInAt: start + 11 };
		expect(minutesSpent(11)).toBe(1);
		const row = classCsv([gradeHandIn(module, assignment, quick)], 60).split('\r\n')[1];
		expect(row.split(',')[3]).toBe('1');
	});

	it('lists the most missed claims first, judged by those who answered them', () => {
		const items = itemAnalysis(module, assignment, [
			handIn('Ana', ['fact', 'fact', 'fact']),
			handIn('Ben', ['fact', 'fact', null])
		]);
		expect(items.map((item) => [item.claimId, describeItem(item)])).toEqual([
			['b', '0 of 2'],
			['a', '2 of 2'],
			['d', '1 of 1, 1 not answered']
		]);
	});

	it('writes CSV that spreadsheets open as text, with a BOM and quoted cells', () => {
		expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
		expect(csvCell('@cmd')).toBe(`"'@cmd"`);
		expect(csvCell('+1')).toBe(`"'+1"`);
		expect(csvCell('-2')).toBe(`"'-2"`);
		expect(csvCell('Smith, "Jo"')).toBe('"Smith, ""Jo"""');
		const csv = classCsv(
			[gradeHandIn(module, assignment, handIn('Zoë =1+1', ['fact', 'speculation', 'fact']))],
			60
		);
		expect(
			csv.startsWith(
				'\uFEFFStudent,Handed in,Late,Minutes spent,Answered,Right,Out of,Percent,Passed,One (percent),Two (percent)\r\n'
			)
		).toBe(true);
		expect(csv).toContain(`"=""Zoë =1+1""",2026-11-26 09:20 UTC,no,20,3,3,3,100,yes,100,100\r\n`);
	});
});

describe('the class table', () => {
	const codeOf = (
		name: string,
		startedAt: number,
		handedInAt: number,
		answers: HandIn['answers']
	) =>
		encodeResult({
			...handIn(name, answers),
			startedAt,
			handedInAt,
			answeredAfter: answers.map((a) => (a ? 10 : null))
		});

	it('keeps two students with the same name apart, each with a note', () => {
		const rows = classRows(module, assignment, [
			codeOf('Alex Smith', start, start + 600, ['fact', 'speculation', 'fact']),
			codeOf('alex  smith', start + 5, start + 700, ['fact', null, null]),
			codeOf('Alex Smith', start + 9, start + 800, [null, null, null]),
			codeOf('Bea', start, start + 600, ['fact', 'fact', 'fact'])
		]);
		expect(rows.filter((row) => row.counted)).toHaveLength(4);
		expect(rows.map((row) => [row.handIn.studentName, row.sameName])).toEqual([
			['alex  smith', true],
			['Alex Smith', true],
			['Alex Smith', true],
			['Bea', false]
		]);
	});

	it('lets a later hand-in of the same work replace the earlier one', () => {
		const rows = classRows(module, assignment, [
			codeOf('Alex Smith', start, start + 900, ['fact', 'speculation', 'fact']),
			codeOf('Alex Smith', start, start + 600, ['fact', null, null]),
			'not a code'
		]);
		expect(rows.map((row) => [row.handIn.handedInAt - start, row.counted, row.sameName])).toEqual([
			[600, false, false],
			[900, true, false]
		]);
	});

	it('says how much was answered, and never calls an unanswered claim wrong', () => {
		const graded = gradeHandIn(module, assignment, handIn('Chloé', ['fact', null, null]));
		expect(describeAnswered(graded.overall)).toBe('1 of 3');
		expect(describeRight(graded.overall)).toBe('1 of 3 right (33%)');
		expect(graded.sections.map((s) => describeSection(s.score))).toEqual([
			'1 of 2, 1 not answered',
			'Not answered'
		]);
		const csv = classCsv([graded], 60);
		expect(csv).toContain('\r\nChloé,2026-11-26 09:20 UTC,no,20,1,1,3,33,no,');
	});

	it('gives the hand-in time in the teacher’s zone, named, the same in the table and the CSV', () => {
		const at = Date.parse('2026-11-29T18:03:40Z') / 1000;
		expect(wallClock(at, 'Europe/Berlin')).toBe('2026-11-29 19:03');
		expect(wallClock(at, 'America/Los_Angeles')).toBe('2026-11-29 10:03');
		expect(wallClock(at, 'Not/AZone')).toBe('2026-11-29 18:03');
		expect(zoneLabel('Etc/UTC')).toBe('UTC');
		const row = { ...gradeHandIn(module, assignment, handIn('Ana', ['fact'])), sameName: true };
		row.handIn = { ...row.handIn, handedInAt: at };
		const csv = classCsv([row], null, ',', 'Europe/Berlin');
		expect(csv).toContain(`\r\nAna,2026-11-29 19:03 Europe/Berlin,`);
		expect(csv.split('\r\n')[0].endsWith(',Note')).toBe(true);
		expect(csv).toContain(`,${SAME_NAME_NOTE}\r\n`);
	});
});
