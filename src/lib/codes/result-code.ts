import type { Label } from '$lib/content/labels';
import { checkOf, fromBase64Url, toBase64Url, type Decoded } from './encoding';
import { isCode, LIMITS } from './assignment';
import { cleanCodeInput } from './find-codes';

/** A student's handed-in work, as the result code carries it. */
export interface HandIn {
	assignmentCode: string;
	moduleId: string;
	contentVersion: number;
	studentName: string;
	/** Seconds since 1970 (UTC). */
	startedAt: number;
	handedInAt: number;
	/** One entry per claim of the assignment, in its order; null where not answered. */
	answers: (Label | null)[];
	/** Seconds after the start when each answer was given; null where not answered. */
	answeredAfter: (number | null)[];
}

export const NAME_LIMIT = LIMITS.studentName;
export const CODE_LIMIT = 2000;
const PREFIX = 'R1';
const LETTERS: Record<Label, string> = { fact: 'f', speculation: 's', opinion: 'o' };
const LABEL_OF: Record<string, Label> = { f: 'fact', s: 'speculation', o: 'opinion' };
const MAX_OFFSET = 36 ** 3 - 1; // "zzz": about 13 hours

/** The result code a student copies and hands in. */
export function encodeResult(handIn: HandIn): string {
	const answers = handIn.answers.map((answer) => (answer ? LETTERS[answer] : '-')).join('');
	const offsets = handIn.answeredAfter
		.map((seconds, i) =>
			seconds === null || !handIn.answers[i]
				? '---'
				: Math.max(0, Math.min(MAX_OFFSET, Math.round(seconds)))
						.toString(36)
						.padStart(3, '0')
		)
		.join('');
	const duration = Math.max(0, Math.round(handIn.handedInAt - handIn.startedAt));
	const body = [
		PREFIX,
		handIn.assignmentCode,
		handIn.moduleId,
		handIn.contentVersion,
		toBase64Url(handIn.studentName),
		Math.round(handIn.startedAt).toString(36),
		duration.toString(36),
		answers || '~',
		offsets || '~'
	].join('.');
	return `${body}.${checkOf(body)}`;
}

const MISTYPED =
	'This result code is incomplete or has a typing mistake: ask the student to copy it again, all of it, or to send the result file.';

/**
 * Reads a result code, after taking out what cannot belong to it (see `cleanCodeInput`: white
 * space, format characters, quotes, brackets, closing punctuation); never throws. The score is
 * never read from it: it is recomputed.
 */
export function decodeResult(input: string): Decoded<HandIn> {
	const text = cleanCodeInput(input);
	if (!text) return { ok: false, error: 'There is no result code here.' };
	if (text.length > CODE_LIMIT) return { ok: false, error: MISTYPED };
	if (!text.startsWith(`${PREFIX}.`)) {
		return {
			ok: false,
			error: /^A\d\./.test(text)
				? 'This is an assignment link, not a result code. Paste the code a student handed in.'
				: 'This is not a Claimwise result code.'
		};
	}
	const parts = text.split('.');
	if (parts.length !== 10) return { ok: false, error: MISTYPED };
	const check = parts.pop()!;
	if (checkOf(parts.join('.')) !== check) return { ok: false, error: MISTYPED };
	const [, code, moduleId, version, name, started, duration, answerText, offsetText] = parts;
	const studentName = fromBase64Url(name);
	const answers = answerText === '~' ? '' : answerText;
	const offsets = offsetText === '~' ? '' : offsetText;
	const valid =
		isCode(code) &&
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(moduleId) &&
		/^[1-9]\d{0,5}$/.test(version) &&
		studentName !== null &&
		studentName.trim().length > 0 &&
		studentName.length <= NAME_LIMIT &&
		/^[0-9a-z]{1,8}$/.test(started) &&
		/^[0-9a-z]{1,6}$/.test(duration) &&
		/^[fso-]*$/.test(answers) &&
		offsets.length === answers.length * 3;
	if (!valid) return { ok: false, error: MISTYPED };

	const answeredAfter: (number | null)[] = [];
	for (let i = 0; i < answers.length; i++) {
		const chunk = offsets.slice(i * 3, i * 3 + 3);
		const answered = answers[i] !== '-';
		if (answered ? !/^[0-9a-z]{3}$/.test(chunk) : chunk !== '---')
			return { ok: false, error: MISTYPED };
		answeredAfter.push(answered ? parseInt(chunk, 36) : null);
	}
	const startedAt = parseInt(started, 36);
	return {
		ok: true,
		value: {
			assignmentCode: code,
			moduleId,
			contentVersion: Number(version),
			studentName: studentName!,
			startedAt,
			handedInAt: startedAt + parseInt(duration, 36),
			answers: [...answers].map((letter) => LABEL_OF[letter] ?? null),
			answeredAfter
		}
	};
}
