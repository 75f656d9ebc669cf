import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	charactersThatFit,
	decodeAssignment,
	encodeAssignment,
	linkRoom,
	LIMITS,
	type Assignment
} from './assignment-link';
import { checkOf, toBase64Url } from './encoding';
import { qrImage } from '$lib/components/qr';
import { qrFits, QR_MAX_VERSION } from '$lib/components/qr-fits';

const base: Assignment = {
	code: 'K7P2QX',
	moduleId: 'signal-words',
	contentVersion: 1,
	sections: ['the-news', 'what-next'],
	sorting: 'two-way',
	mode: 'practice',
	passMark: null,
	title: 'Signal words',
	instructions: '',
	due: null
};

// What the first release wrote: the same fields, the due day as YYYY-MM-DD.
function oldLink(due: string | null) {
	const fields = ['K7P2QX', 'signal-words', 1, ['the-news'], 2, 't', 70, 'Week 3', 'Go.', due];
	const body = `A1.${toBase64Url(JSON.stringify(fields))}`;
	return `${body}.${checkOf(body)}`;
}

const SCRIPTS = {
	Latin: 'Read each section carefully. ',
	Chinese: '请仔细阅读每一部分并判断事实与猜测',
	Cyrillic: 'Прочитайте каждый раздел внимательно. ',
	Arabic: 'اقرأ كل قسم بعناية وميز الحقائق. ',
	emoji: '📰🤔✅❓'
};
const repeat = (sample: string, characters: number) => {
	const chars = [...sample];
	return Array.from({ length: characters }, (_, i) => chars[i % chars.length]).join('');
};
const site = 'https://claimwise.example-school.org/assignment/#';

describe('assignment links with a due moment', () => {
	it('carry the moment and the teacher’s zone in an A2 link', () => {
		const assignment = { ...base, due: { at: 1804892399, timeZone: 'Europe/Berlin' } };
		const hash = encodeAssignment(assignment);
		expect(hash).toMatch(/^A2\./);
		expect(decodeAssignment(hash)).toEqual({ ok: true, value: assignment });
	});

	it('still open A1 links, whose due day keeps its meaning, and write them back unchanged', () => {
		const decoded = decodeAssignment(oldLink('2026-12-01'));
		expect(decoded.ok && decoded.value.due).toEqual({ date: '2026-12-01' });
		expect(decoded.ok && encodeAssignment(decoded.value)).toBe(oldLink('2026-12-01'));
		expect(decodeAssignment(oldLink(null)).ok).toBe(true);
	});

	it('turn away a due moment in the wrong shape for its version', () => {
		const body = `A2.${toBase64Url(JSON.stringify(['K7P2QX', 'signal-words', 1, ['a'], 2, 't', null, 'T', '', '2026-12-01']))}`;
		expect(decodeAssignment(`${body}.${checkOf(body)}`).ok).toBe(false);
		const bad = `A1.${toBase64Url(JSON.stringify(['K7P2QX', 'signal-words', 1, ['a'], 2, 't', null, 'T', '', [1804892399, 'Europe/Berlin']]))}`;
		expect(decodeAssignment(`${bad}.${checkOf(bad)}`).ok).toBe(false);
	});
});

describe('long assignments', () => {
	it.each(Object.entries(SCRIPTS))(
		'count the room left right for instructions in %s, up to the last character',
		(_, sample) => {
			const room = linkRoom({ ...base, instructions: sample });
			const more = charactersThatFit(room.left, sample);
			const filled = sample + repeat(sample, more);
			const within = { ...base, instructions: filled.slice(0, LIMITS.instructions) };
			expect(linkRoom(within).left).toBeGreaterThanOrEqual(0);
			expect(decodeAssignment(encodeAssignment(within)).ok).toBe(true);
			// The estimate is close: a few characters more no longer fit, unless the field is full.
			const over = { ...base, instructions: sample + repeat(sample, more + 8) };
			if (over.instructions.length <= LIMITS.instructions)
				expect(linkRoom(over).left).toBeLessThan(0);
		}
	);

	it('say when the longest instructions in Chinese do not fit, and the decoder agrees', () => {
		const long = { ...base, instructions: repeat(SCRIPTS.Chinese, 1000) };
		expect(linkRoom(long).left).toBeLessThan(0);
		expect(decodeAssignment(encodeAssignment(long)).ok).toBe(false);
		// The longest instructions in other scripts fit.
		for (const sample of [SCRIPTS.Cyrillic, SCRIPTS.Arabic, SCRIPTS.emoji]) {
			const fits = { ...base, instructions: repeat(sample, 1000).slice(0, LIMITS.instructions) };
			expect(linkRoom(fits).left).toBeGreaterThanOrEqual(0);
			expect(decodeAssignment(encodeAssignment(fits)).ok).toBe(true);
		}
	});

	it('are accepted by the decoder exactly when the room left is not negative', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...Object.values(SCRIPTS)),
				fc.integer({ min: 0, max: LIMITS.instructions }),
				(sample, characters) => {
					const instructions = repeat(sample, characters).slice(0, LIMITS.instructions);
					const assignment = { ...base, instructions };
					expect(decodeAssignment(encodeAssignment(assignment)).ok).toBe(
						linkRoom(assignment).left >= 0
					);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('QR codes of assignment links', () => {
	it('are drawn for an ordinary link, no denser than a classroom screen allows', () => {
		const qr = qrImage(site + encodeAssignment({ ...base, instructions: SCRIPTS.Latin }));
		expect(qr.ok && qr.src).toMatch(/^data:image\/svg\+xml,/);
		// A version-v code is 17 + 4v modules wide, and two more on each side for the border.
		const size = qr.ok && Number(/viewBox%3D%220%200%20(\d+)/.exec(qr.src)?.[1]);
		expect(size).toBeLessThanOrEqual(17 + 4 * QR_MAX_VERSION + 4);
	});

	it('are said to fit, while the teacher types, exactly when one is drawn', () => {
		// The form says whether the link fits without loading the QR encoder: the two must agree
		// on every length, in every script, around the edge of what fits.
		fc.assert(
			fc.property(
				fc.constantFrom(...Object.values(SCRIPTS)),
				fc.integer({ min: 0, max: 600 }),
				(sample, characters) => {
					const link =
						site + encodeAssignment({ ...base, instructions: repeat(sample, characters) });
					expect(qrFits(link)).toBe(qrImage(link).ok);
				}
			),
			{ numRuns: 60 }
		);
	});

	it.each([
		['700 Chinese characters', repeat(SCRIPTS.Chinese, 700), 'too-long'],
		['1,000 Cyrillic characters', repeat(SCRIPTS.Cyrillic, 1000), 'too-dense'],
		['400 Arabic characters', repeat(SCRIPTS.Arabic, 400), 'too-dense'],
		['300 emoji', repeat(SCRIPTS.emoji, 300), 'too-dense']
	])(
		'are left out, with the reason, for %s (which used to throw or draw a code too dense to scan)',
		(_, instructions, reason) => {
			const link = site + encodeAssignment({ ...base, instructions });
			expect(qrImage(link)).toEqual({ ok: false, reason });
		}
	);
});

describe('room left in the instructions field', () => {
	it('is the smaller of what the link and the field still hold', () => {
		// 4,000 characters of link hold 3,000 bytes: 1,000 Chinese or 3,000 Latin characters.
		expect(charactersThatFit(4000, '事实')).toBe(1000);
		expect(charactersThatFit(4000, 'ab', 500)).toBe(500);
		// An emoji is 4 bytes and 2 code units.
		expect(charactersThatFit(4000, '📰', 1000)).toBe(500);
		expect(charactersThatFit(-10, 'a')).toBe(0);
	});
});
