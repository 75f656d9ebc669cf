// What chat apps, mail scanners and copy-paste do to links and codes, undone before they are
// checked. Pure: no $app imports, so every decoder and page can share it.
import { fromBase64Url } from './encoding';

/** Longer input is not cleaned: every decoder rejects it on length anyway, and quickly. */
const CLEAN_LIMIT = 100_000;

// Unicode format characters (category Cf): zero-width spaces and joiners, soft hyphen, bidi marks,
// word joiner, byte order mark. None can be part of a link or code, which are plain ASCII.
const FORMAT_OR_SPACE = /[\p{Cf}\s]+/gu;
const PERCENT_ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g;

/** Decodes every valid run of percent escapes; a broken one stays as it is. */
function percentDecode(text: string): string {
	return text.replace(PERCENT_ESCAPES, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return run;
		}
	});
}

/**
 * Undoes what cannot belong to an assignment link or result code before it is checked.
 *
 * Takes any text (a link's fragment, a pasted code, a field of a file) and returns it without:
 * Unicode format characters (category Cf, e.g. U+200B, U+00AD, U+FEFF) and white space anywhere
 * (a chat wraps long codes over lines); percent escapes (a link arrives with `%23` for `#` or
 * `%3E` for `>`), decoded; everything up to the last `#` (a whole link was pasted); and at the
 * ends, anything but letters and digits, such as quotes, brackets, `…` and a sentence's closing
 * punctuation. Every code ends in its check, seven base-36 characters, and starts with letters,
 * so none of this can be part of one; the check still catches a change to the code itself.
 * Text over 100,000 characters is returned unchanged.
 */
export function cleanCodeInput(input: string): string {
	if (input.length > CLEAN_LIMIT) return input;
	let text = input;
	// Twice: a scanner that encodes a link already encoded turns "#" into "%2523".
	for (let pass = 0; pass < 2 && text.includes('%'); pass++) text = percentDecode(text);
	text = text.replace(FORMAT_OR_SPACE, '');
	const hash = text.lastIndexOf('#');
	if (hash !== -1) text = text.slice(hash + 1);
	return text.replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9]+$/, '');
}

/**
 * The assignment in an address whose `#` a mail scanner turned into `%23` (or `%2523`), so that
 * it arrived in the path (`/assignment/%23A1.…`, `/assignment%23A1.…`) or in the query
 * (`/assignment/?%23A1.…`, `/assignment/?A1.…`).
 *
 * Takes `location.pathname` and `location.search` as they are (still percent-encoded) and returns
 * the text to read as the link's fragment (still to be checked by `decodeAssignment`), or null
 * when neither holds an assignment.
 */
export function misplacedAssignment(pathname: string, search: string): string | null {
	const inPath = /(?:%(?:25)*23|#)(A\d+\..*)$/.exec(pathname);
	if (inPath) return inPath[1];
	const inQuery = /^\??(?:%(?:25)*23|#)?(A\d+\.[^&]*)/.exec(search);
	return inQuery ? inQuery[1] : null;
}

/** One result code, or what looks like a damaged one, found in pasted text. */
export interface FoundCode {
	/** The code as found, with white space and format characters left out. */
	code: string;
	/** The line of the pasted text it starts on, from 1. */
	line: number;
	/** Where it starts and ends in the pasted text (UTF-16 offsets, end excluded). */
	start: number;
	end: number;
}

/** The most of a paste that is read at once: far more than a class's codes. */
export const PASTE_LIMIT = 100_000;
const CODE_LIMIT = 2000;
const PREFIX = 'R1.';

interface Piece {
	text: string;
	line: number;
	start: number;
	end: number;
	/** Only white space or format characters since the previous piece: a chat may have wrapped. */
	soft: boolean;
}

// Characters a result code is made of: base64url, base 36, "~" for nothing, "." between fields.
const isCodeChar = (c: number) =>
	(c >= 48 && c <= 57) ||
	(c >= 65 && c <= 90) ||
	(c >= 97 && c <= 122) ||
	c === 46 ||
	c === 45 ||
	c === 95 ||
	c === 126;
const FORMAT = /^\p{Cf}$/u;
const SPACE = /^\s$/;

/** Splits text into runs of code characters, noting what separated each from the one before. */
function piecesOf(text: string): Piece[] {
	const pieces: Piece[] = [];
	let line = 1;
	let current: Piece | null = null;
	// Only white space or format characters since the last piece ended.
	let soft = true;
	for (let i = 0; i < text.length;) {
		const point = text.codePointAt(i)!;
		const width = point > 0xffff ? 2 : 1;
		if (point < 128 && isCodeChar(point)) {
			if (!current) {
				current = { text: '', line, start: i, end: i, soft };
				pieces.push(current);
				soft = true;
			}
			current.text += text[i];
			current.end = i + 1;
		} else if (point < 128 || !FORMAT.test(String.fromCodePoint(point))) {
			// Format characters are invisible and left out; anything else ends the piece.
			current = null;
			if (!SPACE.test(text[i])) soft = false;
			else if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) line++;
		}
		i += width;
	}
	return pieces;
}

/** Whether a piece starts with something shaped like a link or code prefix ("R1.", "a1."). */
const looksLikeCode = (text: string) =>
	/^[RrAa]\d+\./.test(text) || (text.length >= 16 && text.split('.').length > 3);

/**
 * Finds result codes anywhere in pasted text: inside sentences, in quotes or brackets, several on
 * a line or separated by commas, and wrapped over lines by a chat, even where the wrap leaves a
 * line starting with "R1." inside the code (the name "Ann Tu" is `QW5uIFR1` in base64url). A
 * candidate is joined across line breaks until its check matches, so text around a code is left
 * out. Text between codes is ignored unless it looks like a damaged code, which is returned too so
 * the teacher hears of it.
 *
 * Takes the pasted text; `isValid` says whether a candidate decodes (e.g. `decodeResult(c).ok`).
 * Returns the codes in order, and `read`: how much of the text was read (less than its length when
 * it was longer than PASTE_LIMIT; the read part ends at a line break or space where there is one).
 */
export function findCodes(
	text: string,
	isValid: (candidate: string) => boolean
): { codes: FoundCode[]; read: number } {
	let read = text.length;
	if (read > PASTE_LIMIT) {
		const cut = Math.max(text.lastIndexOf('\n', PASTE_LIMIT), text.lastIndexOf(' ', PASTE_LIMIT));
		read = cut > 0 ? cut : PASTE_LIMIT;
	}
	const pieces = piecesOf(text.slice(0, read));
	const codes: FoundCode[] = [];
	const found = (from: number, to: number, code: string) =>
		codes.push({
			code: cleanCodeInput(code),
			line: pieces[from].line,
			start: pieces[from].start,
			end: pieces[to].end
		});

	for (let i = 0; i < pieces.length;) {
		if (!isStart(pieces, i)) {
			// Not a code's start: left out, unless it looks like a damaged code.
			if (!looksLikeCode(pieces[i].text)) {
				i++;
				continue;
			}
			let to = i;
			while (
				to + 1 < pieces.length &&
				pieces[to + 1].soft &&
				!isStart(pieces, to + 1) &&
				looksLikeCode(pieces[to + 1].text)
			)
				to++;
			found(i, to, joined(pieces, i, to));
			i = to + 1;
			continue;
		}
		const valid = validFrom(pieces, i, isValid);
		if (valid !== null) {
			found(i, valid, joined(pieces, i, valid));
			i = valid + 1;
			continue;
		}
		// No check matched: report the piece with what a chat may have wrapped off it.
		let to = i;
		let candidate = pieces[i].text;
		while (
			to + 1 < pieces.length &&
			pieces[to + 1].soft &&
			!isStart(pieces, to + 1) &&
			!shapedComplete(candidate) &&
			candidate.length + pieces[to + 1].text.length <= CODE_LIMIT
		) {
			to++;
			candidate += pieces[to].text;
		}
		found(i, to, candidate);
		i = to + 1;
	}
	return { codes, read };
}

/** Whether a code starts at piece `i`, even if a chat wrapped it inside "R1.". */
function isStart(pieces: Piece[], i: number): boolean {
	let text = pieces[i].text;
	for (let j = i + 1; text.length < PREFIX.length && PREFIX.startsWith(text); j++) {
		if (j >= pieces.length || !pieces[j].soft) return false;
		text += pieces[j].text;
	}
	return text.startsWith(PREFIX);
}

function joined(pieces: Piece[], from: number, to: number): string {
	let text = '';
	for (let i = from; i <= to; i++) text += pieces[i].text;
	return text;
}

/** Whether a candidate has all its fields and a whole check: more text would not belong to it. */
function shapedComplete(candidate: string): boolean {
	const fields = candidate.replace(/\.+$/, '').split('.');
	return fields.length >= 10 && fields[fields.length - 1].length >= 7;
}

/** The last piece of the shortest valid code starting at piece `from`, or null if none. */
function validFrom(
	pieces: Piece[],
	from: number,
	isValid: (candidate: string) => boolean
): number | null {
	let candidate = '';
	let dots = 0;
	let field = 0;
	for (let to = from; to < pieces.length; to++) {
		const piece = pieces[to];
		if (to > from && (!piece.soft || candidate.length + piece.text.length > CODE_LIMIT)) break;
		candidate += piece.text;
		for (const char of piece.text) {
			if (char === '.') {
				dots++;
				field = 0;
			} else field++;
		}
		// A result code has nine dots, a sentence's full stop may add more.
		if (dots > 12) break;
		if (dots >= 9) {
			if (isValid(candidate)) return to;
			if (dots === 9 && field > 7) break;
		}
	}
	return null;
}

/**
 * The student's name in a result code that did not check out, where it can still be read.
 *
 * Takes the code as found (e.g. `FoundCode.code`); returns the name (trimmed, at most 60
 * characters, no control characters) or null when that part is missing or not valid base64url.
 */
export function readableName(code: string): string | null {
	const fields = cleanCodeInput(code).split('.');
	if (fields[0] !== 'R1' || fields.length < 6) return null;
	const name = fromBase64Url(fields[4])?.trim();
	return name && name.length <= 60 && !/\p{Cc}/u.test(name) ? name : null;
}

/**
 * What is left of pasted text once the codes it held are taken out: the parts that were not
 * added, one to a line, then any text that was not read.
 *
 * Takes the pasted text, the spans to keep (offsets as in `FoundCode`) and how much was read.
 */
export function leftOver(
	text: string,
	keep: readonly { start: number; end: number }[],
	read: number
): string {
	const parts = keep.map(({ start, end }) => text.slice(start, end));
	const rest = text.slice(read).trim();
	if (rest) parts.push(rest);
	return parts.join('\n');
}
