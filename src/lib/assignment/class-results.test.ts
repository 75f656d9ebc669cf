import { describe, expect, it } from 'vitest';
import type { ModuleContent } from '$lib/content/schema';
import type { Assignment } from './assignment-link';
import {
	classCsv,
	csvCell,
	gradeHandIn,
	isLate,
	itemAnalysis,
	minutesSpent
} from './class-results';
import type { HandIn } from './result-code';

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

	it('lists the most missed claims first', () => {
		const items = itemAnalysis(module, assignment, [
			handIn('Ana', ['fact', 'fact', 'fact']),
			handIn('Ben', ['fact', 'fact', null])
		]);
		expect(items.map((item) => [item.claimId, item.right])).toEqual([
			['b', 0],
			['d', 1],
			['a', 2]
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
				'\uFEFFStudent,Handed in,Late,Minutes spent,Right,Out of,Percent,Passed,One (percent),Two (percent)\r\n'
			)
		).toBe(true);
		expect(csv).toContain(`"=""Zoë =1+1""",2026-11-26 09:20 UTC,no,20,3,3,100,yes,100,100\r\n`);
	});
});
