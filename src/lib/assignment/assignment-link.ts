import { checkOf, fromBase64Url, toBase64Url, type Decoded } from './encoding';
import { LIMITS, validAssignment, type Assignment } from './assignment';
import { cleanCodeInput } from './find-codes';

export { LIMITS, type Assignment } from './assignment';

const PREFIX = 'A1';

// The link carries the fields as a JSON array in this order, sorting and mode abbreviated.
const FIELDS = [
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

/** The part of an assignment link after "#". */
export function encodeAssignment(assignment: Assignment): string {
	const wire = { ...assignment, sorting: SORTING[assignment.sorting], mode: MODE[assignment.mode] };
	const body = `${PREFIX}.${toBase64Url(JSON.stringify(FIELDS.map((field) => wire[field])))}`;
	return `${body}.${checkOf(body)}`;
}

const BROKEN =
	'This assignment link is incomplete or was changed on the way. Ask your teacher to send it again, and copy all of it.';

/** Reads the part of an assignment link after "#"; never throws. */
export function decodeAssignment(input: string): Decoded<Assignment> {
	const text = cleanCodeInput(input);
	if (!text)
		return {
			ok: false,
			error: 'This link has no assignment in it. Ask your teacher for the full link.'
		};
	if (text.length > LIMITS.link) return { ok: false, error: BROKEN };
	const parts = text.split('.');
	if (parts.length !== 3 || parts[0] !== PREFIX) {
		return {
			ok: false,
			error:
				text.startsWith('A') && /^A\d/.test(text) && parts[0] !== PREFIX
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
	const assignment = fromFields(fields);
	return assignment ? { ok: true, value: assignment } : { ok: false, error: BROKEN };
}

function fromFields(fields: unknown): Assignment | null {
	if (!Array.isArray(fields) || fields.length !== FIELDS.length) return null;
	const wire: Record<string, unknown> = Object.fromEntries(
		FIELDS.map((field, i) => [field, fields[i]])
	);
	const sorting = (Object.keys(SORTING) as Assignment['sorting'][]).find(
		(k) => SORTING[k] === wire.sorting
	);
	const mode = (Object.keys(MODE) as Assignment['mode'][]).find((k) => MODE[k] === wire.mode);
	return sorting && mode ? validAssignment({ ...wire, sorting, mode }) : null;
}
