import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeAssignment, encodeAssignment } from './assignment-link';
import { decodeResult, encodeResult, type HandIn } from './result-code';
import { parseResultFile, resultFile } from './result-file';
import { addAssignment, addResult } from '$lib/teacher/collection';
import { collectionFile, emptyCollection, parseCollection } from './collection-file';
import { findCodes, leftOver, misplacedAssignment, PASTE_LIMIT, readableName } from './find-codes';
import { assignmentArb, handInArb } from './arbitraries';
import { readProgressFile, progressFileText } from '$lib/progress/progress-file';
import { emptyProgress } from '$lib/progress/saved-progress';
import { warmUpAssignment } from './test-fixtures';

const assignment = warmUpAssignment;
const handIn = (studentName: string): HandIn => ({
	assignmentCode: 'K7P2QX',
	moduleId: 'signal-words',
	contentVersion: 1,
	studentName,
	startedAt: 1_800_000_000,
	handedInAt: 1_800_000_600,
	answers: ['fact', 'speculation', null],
	answeredAfter: [30, 95, null]
});
const link = encodeAssignment(assignment);
const ann = encodeResult(handIn('Ann Tu'));
const ben = encodeResult(handIn('Ben Okafor'));
const isResult = (candidate: string) => decodeResult(candidate).ok;
const codesIn = (text: string) => findCodes(text, isResult).codes.map((found) => found.code);

// Unicode format characters (category Cf) that copying picks up.
const FORMAT = [
	'\u200B',
	'\u200C',
	'\u200D',
	'\u200E',
	'\u200F',
	'\u2060',
	'\uFEFF',
	'\u00AD',
	'\u202A',
	'\u202C',
	'\u202E',
	'\u2066',
	'\u2069',
	'\u061C'
];
const WRAPPERS = [
	['"', '"'],
	["'", "'"],
	['“', '”'],
	['‘', '’'],
	['«', '»'],
	['„', '“'],
	['(', ')'],
	['[', ']'],
	['<', '>'],
	['{', '}']
];
const CLOSING = ['.', ')', '>', ']', '"', "'", ',', ';', '!', '?', '…', ':'];

describe('assignment links mangled on the way', () => {
	it('open when a chat took the closing punctuation of the sentence into the link', () => {
		for (const end of [...CLOSING, ').', '.)', '">', '!!', '?!', '...', '…)', '.”', ')."']) {
			expect(decodeAssignment(link + end)).toEqual({ ok: true, value: assignment });
			// As the browser hands the fragment to the page, with some characters percent-encoded.
			const fragment = new URL(`https://example.org/assignment/#${link}${end}`).hash;
			expect(decodeAssignment(fragment)).toEqual({ ok: true, value: assignment });
		}
	});

	it('open when "#" arrived as "%23" or the whole link was pasted', () => {
		expect(decodeAssignment(`%23${link}`).ok).toBe(true);
		expect(decodeAssignment(`https://example.org/assignment/%23${link}).`).ok).toBe(true);
		expect(decodeAssignment(`https://example.org/claimwise/assignment/#${link}`).ok).toBe(true);
	});

	it('still say a changed link was changed', () => {
		expect(decodeAssignment(`${link.slice(0, -1)}.`)).toMatchObject({
			ok: false,
			error: expect.stringContaining('incomplete or was changed')
		});
		expect(decodeAssignment('#').ok).toBe(false);
	});

	it('are found in a path or query that a mail scanner rewrote', () => {
		for (const path of [
			`/assignment/%23${link}`,
			`/claimwise/assignment/%23${link}`,
			`/assignment%23${link}`,
			`/assignment/%2523${link}`
		]) {
			expect(misplacedAssignment(path, '')).toBe(link);
		}
		expect(misplacedAssignment('/assignment/', `?%23${link}`)).toBe(link);
		expect(misplacedAssignment('/assignment/', `?${link}&utm_source=mail`)).toBe(link);
		expect(misplacedAssignment('/assignment/', '?code=K7P2QX')).toBeNull();
		expect(misplacedAssignment('/modules/nothing-here', '')).toBeNull();
	});
});

describe('result codes mangled on the way', () => {
	it('decode with a zero-width space in front, or any format character anywhere', () => {
		expect(decodeResult(`\u200B${ann}`).ok).toBe(true);
		for (const char of FORMAT) {
			for (const at of [0, 3, 20, ann.length - 1, ann.length]) {
				expect(decodeResult(ann.slice(0, at) + char + ann.slice(at)).ok).toBe(true);
			}
		}
	});

	it('decode in quotes or brackets, and followed by sentence punctuation', () => {
		for (const [open, close] of WRAPPERS) {
			for (const end of ['', ...CLOSING]) {
				expect(decodeResult(`${open}${ann}${close}${end}`).ok).toBe(true);
				expect(decodeResult(`${open}${ann}${end}${close}`).ok).toBe(true);
			}
		}
	});

	it('are still refused when the code itself was changed', () => {
		const changed = ann.slice(0, 12) + (ann[12] === 'x' ? 'y' : 'x') + ann.slice(13);
		expect(decodeResult(`“${changed}”.`).ok).toBe(false);
		expect(decodeResult(`\u200B${ann.slice(0, -1)}!`).ok).toBe(false);
	});
});

describe('codes in pasted text', () => {
	it('are found inside a sentence, in quotes and separated by commas', () => {
		expect(codesIn(`Hi Miss, here is my code: ${ann} thanks!`)).toEqual([ann]);
		expect(codesIn(`"${ann}", "${ben}"`)).toEqual([ann, ben]);
		expect(codesIn(`${ann},${ben};${ann}`)).toEqual([ann, ben, ann]);
		expect(codesIn(`(${ann}). And mine: «${ben}»!`)).toEqual([ann, ben]);
	});

	it('are joined when a chat wrapped one over lines, anywhere', () => {
		for (let at = 1; at < ann.length; at++) {
			const text = `my code:\n${ann.slice(0, at)}\n${ann.slice(at)}\nthanks\n${ben}`;
			expect(codesIn(text)).toEqual([ann, ben]);
		}
	});

	it('stay whole when the wrap leaves "R1." at the start of a line inside the name', () => {
		// "Ann Tu" is QW5uIFR1 in base64url: a wrap there starts a line with "R1.".
		const at = ann.indexOf('IFR1.') + 2;
		expect(ann.slice(at).startsWith('R1.')).toBe(true);
		expect(codesIn(`${ann.slice(0, at)}\n${ann.slice(at)}\n${ben}`)).toEqual([ann, ben]);
	});

	it('say which line a damaged code is on and whose it is', () => {
		const damaged = ann.slice(0, -12) + ann.slice(-11);
		const text = `Codes:\n${ben}\n\nAnn says: ${damaged} sorry\n`;
		const { codes } = findCodes(text, isResult);
		expect(codes.map((c) => [c.code === ben, c.line])).toEqual([
			[true, 2],
			[false, 4]
		]);
		expect(readableName(codes[1].code)).toBe('Ann Tu');
		expect(leftOver(text, [codes[1]], text.length)).toBe(damaged);
	});

	it('ignore the chat around them, but report what looks like a damaged code', () => {
		expect(codesIn('hello there, see you on Monday e.g. at 9.30.')).toEqual([]);
		expect(codesIn(`Here: r1.${ann.slice(3)}`)).toEqual([`r1.${ann.slice(3)}`]);
		expect(codesIn(`the link ${link} is not a code`)).toEqual([link]);
	});

	it('read at most PASTE_LIMIT characters of a huge paste, leaving the rest', () => {
		const line = `${ann}\n`;
		const text = line.repeat(Math.ceil(2_000_000 / line.length));
		const { codes, read } = findCodes(text, isResult);
		expect(read).toBeLessThanOrEqual(PASTE_LIMIT);
		expect(codes.length).toBe(text.slice(0, read).trim().split('\n').length);
		expect(leftOver(text, [], read)).toBe(text.slice(read).trim());
	});

	it('do work in proportion to the text on adversarial input, not its square', () => {
		// long wrapped runs after "R1.", and thousands of starts wrapped after eight of nine dots
		const text =
			`R1.${' a'.repeat(1000)} `.repeat(20) +
			`R1.${'a.'.repeat(8)}\n${'b.'.repeat(3)} `.repeat(2000) +
			`R1.a.b.c.d.e.f.g.h.${'x'.repeat(3000)}`;
		let checked = 0;
		const { codes, read } = findCodes(text, (candidate) => {
			checked += candidate.length;
			return isResult(candidate);
		});
		expect(read).toBe(text.length);
		// every start is reported as a damaged code, and no candidate is checked over and over
		expect(codes).toHaveLength(text.split('R1.').length - 1);
		expect(checked).toBeGreaterThan(0);
		expect(checked).toBeLessThanOrEqual(2 * text.length);
	});
});

describe('files with a byte order mark or blank lines around them', () => {
	it('are read: result, collection and progress files', () => {
		const result = JSON.stringify(resultFile(handIn('Ann Tu'), ['a', 'b', 'c'], 'Homework'));
		expect(parseResultFile(`\uFEFF${result}\n\n`).ok).toBe(true);
		const collection = addAssignment(emptyCollection(), assignment, new Date());
		expect(parseCollection(`\uFEFF\n${JSON.stringify(collectionFile(collection))}`).ok).toBe(true);
		const progress = progressFileText(emptyProgress('signal-words', 1));
		expect(readProgressFile(`\uFEFF${progress}\r\n`, 'signal-words').ok).toBe(true);
	});

	it('keep a code received with a zero-width space once, as it checks', () => {
		let collection = addAssignment(emptyCollection(), assignment, new Date());
		collection = addResult(collection, `\u200B“${ann}”.`, new Date()).collection;
		expect(addResult(collection, ann, new Date()).outcome.status).toBe('duplicate');
		expect(collection.assignments[0].results.map((r) => r.code)).toEqual([ann]);
	});
});

// What chats, mail and copy-paste do to a code or a link; each keeps the code itself intact.
const formatArb = fc.constantFrom(...FORMAT);
const manglingArb = fc.oneof(
	fc
		.array(formatArb, { minLength: 1, maxLength: 3 })
		.map((chars) => (code: string) => chars.join('') + code),
	fc.tuple(formatArb, fc.nat()).map(([char, at]) => (code: string) => {
		const i = at % (code.length + 1);
		return code.slice(0, i) + char + code.slice(i);
	}),
	fc.constantFrom(...WRAPPERS).map(
		([open, close]) =>
			(code: string) =>
				open + code + close
	),
	fc
		.array(fc.constantFrom(...CLOSING), { minLength: 1, maxLength: 3 })
		.map((ends) => (code: string) => code + ends.join('')),
	fc.nat().map((at) => (code: string) => {
		const i = at % (code.length + 1);
		return `${code.slice(0, i)}\n${code.slice(i)}`;
	}),
	fc.constant((code: string) => ` \t${code}\r\n`)
);
const manglingsArb = fc.array(manglingArb, { minLength: 1, maxLength: 4 });
const mangle = (code: string, manglings: ((code: string) => string)[]) =>
	manglings.reduce((text, change) => change(text), code);
const sentenceArb = fc.constantFrom(
	(code: string) => `Hi Miss, here is my code: ${code} thanks!`,
	(code: string) => `"${code}", and that's it`,
	(code: string) => `Mine is\n${code}.\nSee you`,
	(code: string) => `${code}`
);
const RUNS = { numRuns: 2000 };

describe('any valid code or link, mangled on the way', () => {
	it('decodes to the same assignment', () => {
		fc.assert(
			fc.property(assignmentArb, manglingsArb, fc.boolean(), (value, manglings, scanned) => {
				const mangled = mangle(encodeAssignment(value), manglings);
				const input = scanned ? `/assignment/%23${mangled}` : mangled;
				expect(decodeAssignment(input)).toEqual({ ok: true, value });
			}),
			RUNS
		);
	});

	it('decodes to the same hand-in, and is found in the sentence around it', () => {
		fc.assert(
			fc.property(handInArb, manglingsArb, sentenceArb, (value, manglings, sentence) => {
				const code = encodeResult(value);
				expect(decodeResult(mangle(code, manglings))).toEqual({ ok: true, value });
				expect(codesIn(sentence(mangle(code, manglings)))).toEqual([code]);
			}),
			RUNS
		);
	});

	it('is still caught when one character of it was changed', () => {
		fc.assert(
			fc.property(
				handInArb,
				assignmentArb,
				manglingsArb,
				fc.nat(),
				(handInValue, assignmentValue, manglings, at) => {
					for (const [code, decode] of [
						[encodeResult(handInValue), decodeResult],
						[encodeAssignment(assignmentValue), decodeAssignment]
					] as const) {
						const i = at % code.length;
						const changed = code.slice(0, i) + (code[i] === 'x' ? 'y' : 'x') + code.slice(i + 1);
						expect(decode(mangle(changed, manglings)).ok).toBe(false);
					}
				}
			),
			RUNS
		);
	});
});
