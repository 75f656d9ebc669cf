import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import type { ModuleContent } from '$lib/content/schema';
import type { Assignment } from '$lib/codes/assignment-link';
import { classCsv, classXlsx, csvTextCell, gradeHandIn, listSeparator } from './class-results';
import type { HandIn } from '$lib/codes/result-code';
import { warmUpAssignment } from '$lib/codes/test-fixtures';

const module = {
	id: 'sample',
	version: 1,
	sections: [{ id: 'one', title: 'One', text: '' }],
	claims: [
		{ id: 'a', section: 'one', quote: 'A.', label: 'fact' },
		{ id: 'b', section: 'one', quote: 'B.', label: 'speculation' }
	]
} as unknown as ModuleContent;

const assignment: Assignment = { ...warmUpAssignment, moduleId: 'sample', sections: ['one'] };

const start = Date.parse('2026-11-26T09:00:00Z') / 1000;
const row = (name: string) => {
	const handIn: HandIn = {
		assignmentCode: 'K7P2QX',
		moduleId: 'sample',
		contentVersion: 1,
		studentName: name,
		startedAt: start,
		handedInAt: start + 600,
		answers: ['fact', 'fact'],
		answeredAfter: [10, 20]
	};
	return gradeHandIn(module, assignment, handIn);
};

// What Excel makes of each when it opens a CSV: 731, 12-Jan, 04-Mar, 1.00E+05, booleans, the
// number 12, 0.12, a time, -12, and the Italian TRUE.
const LOOK_LIKE_VALUES = [
	'00731',
	'1-12',
	'3/4',
	'1e5',
	'TRUE',
	'false',
	' 12 ',
	'12%',
	'1:30',
	'(12)',
	'Vero'
];

describe('class table exports', () => {
	it('write names that look like numbers, dates or booleans so that they open as typed', () => {
		for (const name of LOOK_LIKE_VALUES) expect(csvTextCell(name)).toBe(`"=""${name}"""`);
		expect(csvTextCell('Ann Tu')).toBe('Ann Tu');
		expect(csvTextCell('Zoë O’Neill-Brown')).toBe('Zoë O’Neill-Brown');
		expect(csvTextCell('王小明')).toBe('王小明');
		const lines = classCsv(LOOK_LIKE_VALUES.map(row), null).split('\r\n').slice(1, -1);
		expect(lines.map((line) => line.split(',2026-')[0])).toEqual(
			LOOK_LIKE_VALUES.map((name) => `"=""${name}"""`)
		);
	});

	it('keep formulas in names from running, and show the name as typed', () => {
		expect(csvTextCell('=SUM(A1)')).toBe(`"=""=SUM(A1)"""`);
		expect(csvTextCell('@cmd')).toBe(`"=""@cmd"""`);
		// A quote cannot end the text and start a formula: it is doubled inside the text.
		expect(csvTextCell('"&HYPERLINK("x")&"')).toBe(`"=""""""&HYPERLINK(""""x"""")&"""""""`);
	});

	it('separate cells with a semicolon where the language writes 1,5', () => {
		expect(['de-DE', 'fr-FR', 'nl-NL'].map(listSeparator)).toEqual([';', ';', ';']);
		expect(['en-US', 'en-GB', 'not a language', undefined].map(listSeparator)).toEqual([
			',',
			',',
			',',
			','
		]);
		const csv = classCsv([row('Müller; Jan')], null, ';');
		expect(csv.startsWith('\uFEFFStudent;Handed in;Late;Minutes spent;')).toBe(true);
		expect(csv).toContain('"=""Müller; Jan""";2026-11-26 09:10 UTC;no;10;2;1;2;50;50\r\n');
		expect(classCsv([row('Jan Müller')], null, ';')).toContain('\r\nJan Müller;2026-11-26');
	});

	it('leave a section nobody answered empty, as the table says "Not answered", not 0 %', () => {
		const blank = gradeHandIn(module, assignment, {
			...row('Alex Kim').handIn,
			answers: [null, null],
			answeredAfter: [null, null]
		});
		expect(classCsv([blank], null)).toContain(
			'\r\nAlex Kim,2026-11-26 09:10 UTC,no,10,0,0,2,0,\r\n'
		);
	});

	it('write an Excel file with names as text cells and scores as numbers', async () => {
		const names = ['00731', '3/4', '=SUM(A1)', 'Ann Tu', ' 12 '];
		const blob = await classXlsx(names.map(row), null);
		const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
		const sheetFile = Object.keys(files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
		const sheet = strFromU8(files[sheetFile!]);
		const unescape = (text: string) =>
			text
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&apos;/g, "'")
				.replace(/&amp;/g, '&');
		const shared = [
			...strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(
				/<si>.*?<t[^>]*>([^<]*)<\/t>.*?<\/si>/g
			)
		].map((m) => unescape(m[1]));
		const cell = (ref: string) => {
			const match = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>(.*?)</c>)`).exec(sheet);
			if (!match) return null;
			const type = /t="(\w+)"/.exec(match[1])?.[1] ?? 'n';
			const inner = match[2] ?? '';
			const value = /<v>([^<]*)<\/v>/.exec(inner)?.[1] ?? /<t[^>]*>([^<]*)<\/t>/.exec(inner)?.[1];
			return { type, text: type === 's' ? shared[Number(value)] : unescape(value ?? '') };
		};
		expect(sheet).not.toContain('<f>');
		expect(cell('A1')).toEqual({
			type: expect.stringMatching(/^(s|inlineStr|str)$/),
			text: 'Student'
		});
		names.forEach((name, i) => {
			expect(cell(`A${i + 2}`)).toEqual({
				type: expect.stringMatching(/^(s|inlineStr|str)$/),
				text: name
			});
			expect(cell(`E${i + 2}`)).toEqual({ type: 'n', text: '2' });
			expect(cell(`F${i + 2}`)).toEqual({ type: 'n', text: '1' });
		});
	});
});
