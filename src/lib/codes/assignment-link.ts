import { checkOf, fromBase64Url, toBase64Url, type Decoded } from './encoding';
import { LIMITS, validAssignment, type Assignment } from './assignment';
import { cleanCodeInput } from './find-codes';

export { LIMITS, type Assignment } from './assignment';

/**
 * The link formats. `A1` carries the due day as YYYY-MM-DD; `A2` carries the due moment as
 * `[seconds since 1970 UTC, IANA time zone]`. Both carry the same JSON array of fields. `A3`
 * carries the same fields and the module itself (`MODULE_PREFIX`, read by
 * `assignment-module-link.ts`, which only pages that meet one load).
 */
const PREFIX = 'A2';
const OLD_PREFIX = 'A1';

/** The format of an assignment link that carries its module: `A3.<fields>.<module>.<check>`. */
export const MODULE_PREFIX = 'A3';

/**
 * Whether an assignment link (its part after "#", or the whole link) is of the format that
 * carries its module (`A3`), to be read with `decodeAssignmentWithModule`. Takes any text; only
 * looks at its start, so a damaged link of that format still says true.
 */
export function carriesModule(input: string): boolean {
	return cleanCodeInput(input).startsWith(`${MODULE_PREFIX}.`);
}

/**
 * The link carries the fields as a JSON array in this order, sorting and mode abbreviated. The
 * list is part of the format: a test holds it to `AssignmentSchema`, so a new field cannot go
 * unnoticed, and goes in a new format (a new prefix) that older links still decode beside.
 */
export const LINK_FIELDS = [
	'code',
	'moduleId',
	'contentVersion',
	'sections',
	'sorting',
	'mode',
	'passMark',
	'title',
	'instructions',
	'due'
] as const satisfies readonly (keyof Assignment)[];
const SORTING = { 'two-way': 2, 'three-way': 3 } as const;
const MODE = { practice: 'p', test: 't' } as const;

/**
 * The part of an assignment link after "#": `A2.<base64url JSON>.<check>`. An assignment read
 * from an `A1` link (a due day, not a moment) is written as `A1` again, so its link stays the
 * same. May be longer than `LIMITS.link`: check with `decodeAssignment` before sharing it.
 */
export function encodeAssignment(assignment: Assignment): string {
	const { due } = assignment;
	const old = due !== null && !('at' in due);
	const body = `${old ? OLD_PREFIX : PREFIX}.${assignmentFields(assignment)}`;
	return `${body}.${checkOf(body)}`;
}

/**
 * An assignment's fields as a link carries them: the JSON array of `LINK_FIELDS`, sorting and mode
 * abbreviated, the due moment as `[seconds, zone]` (a due day as YYYY-MM-DD), in base64url (UTF-8,
 * RFC 4648 §5, no padding). Read back with `assignmentFromFields`.
 */
export function assignmentFields(assignment: Assignment): string {
	const { due } = assignment;
	const wire = {
		...assignment,
		sorting: SORTING[assignment.sorting],
		mode: MODE[assignment.mode],
		due: due === null ? null : 'at' in due ? [due.at, due.timeZone] : due.date
	};
	return toBase64Url(JSON.stringify(LINK_FIELDS.map((field) => wire[field])));
}

/** What `decodeAssignment` says of a module link (`M1.…`): the page can offer to open it as one. */
export const MODULE_LINK_HERE =
	'This is a link to a module, not to an assignment: open it as a module, or ask your teacher for the assignment link.';

const BROKEN =
	'This assignment link is incomplete or was changed on the way. Ask your teacher to send it again, and copy all of it.';

/**
 * Reads the part of an assignment link after "#" (`A2` or `A1`); never throws. Rejects, with a
 * sentence for the student, text longer than `LIMITS.link`, a failed check, a newer format, or
 * fields that are not a valid assignment.
 */
export function decodeAssignment(input: string): Decoded<Assignment> {
	const text = cleanCodeInput(input);
	if (!text)
		return {
			ok: false,
			error: 'This link has no assignment in it. Ask your teacher for the full link.'
		};
	if (text.startsWith(`${MODULE_PREFIX}.`)) {
		// Read only where the module can be: `decodeAssignmentWithModule`.
		return {
			ok: false,
			error: 'This assignment link carries its module: open it on the assignment page.'
		};
	}
	if (/^M\d+\./.test(text)) return { ok: false, error: MODULE_LINK_HERE };
	if (text.length > LIMITS.link) return { ok: false, error: BROKEN };
	const parts = text.split('.');
	const known = parts[0] === PREFIX || parts[0] === OLD_PREFIX;
	if (parts.length !== 3 || !known) {
		return {
			ok: false,
			error:
				text.startsWith('A') && /^A\d/.test(text) && !known
					? 'This assignment was made with a newer version of Claimwise. Reload the page to get it.'
					: BROKEN
		};
	}
	if (checkOf(`${parts[0]}.${parts[1]}`) !== parts[2]) return { ok: false, error: BROKEN };
	const json = fromBase64Url(parts[1]);
	let fields: unknown;
	try {
		fields = json === null ? null : JSON.parse(json);
	} catch {
		fields = null;
	}
	const assignment = fromFields(fields, parts[0] === PREFIX);
	return assignment ? { ok: true, value: assignment } : { ok: false, error: BROKEN };
}

/**
 * The assignment in a link's fields once parsed (the JSON array of `LINK_FIELDS`), or null when
 * they are not a valid one (`validAssignment`). `moment`: whether the due is `[seconds, zone]`
 * (`A2`), a YYYY-MM-DD day (`A1`), or either (`'any'`, links that carry their module). Never
 * throws.
 */
export function fromFields(fields: unknown, moment: boolean | 'any'): Assignment | null {
	if (!Array.isArray(fields) || fields.length !== LINK_FIELDS.length) return null;
	const wire: Record<string, unknown> = Object.fromEntries(
		LINK_FIELDS.map((field, i) => [field, fields[i]])
	);
	const due = wire.due;
	if (moment === 'any' && typeof due === 'string') {
		// a due day, kept as it is
	} else if (moment) {
		if (due !== null && !(Array.isArray(due) && due.length === 2)) return null;
		wire.due = due === null ? null : { at: due[0], timeZone: due[1] };
	} else if (due !== null && typeof due !== 'string') return null;
	const sorting = (Object.keys(SORTING) as Assignment['sorting'][]).find(
		(k) => SORTING[k] === wire.sorting
	);
	const mode = (Object.keys(MODE) as Assignment['mode'][]).find((k) => MODE[k] === wire.mode);
	return sorting && mode ? validAssignment({ ...wire, sorting, mode }) : null;
}

/**
 * How much room an assignment's link has left: `length` is the characters of the part after "#",
 * `left` what remains under `LIMITS.link` (negative when the link is too long to open).
 */
export function linkRoom(assignment: Assignment): { length: number; left: number } {
	const length = encodeAssignment(assignment).length;
	return { length, left: LIMITS.link - length };
}

/**
 * About how many more characters like those of `sample` (the text being typed) still fit: in
 * `left` characters of link, where each character costs its UTF-8 bytes as JSON and base64url
 * makes 3 bytes 4 characters, and in `fieldLeft` UTF-16 code units of the field (an emoji takes
 * two). Takes the last 40 characters of the sample (when empty, a character counts as one byte
 * and one code unit); returns 0 or more, rounded down.
 */
export function charactersThatFit(left: number, sample: string, fieldLeft = Infinity): number {
	const chars = [...sample].slice(-40);
	const text = chars.join('');
	const bytes = chars.length
		? new TextEncoder().encode(JSON.stringify(text).slice(1, -1)).length / chars.length
		: 1;
	const units = chars.length ? text.length / chars.length : 1;
	return Math.max(0, Math.floor(Math.min((left * 3) / 4 / bytes, fieldLeft / units)));
}
