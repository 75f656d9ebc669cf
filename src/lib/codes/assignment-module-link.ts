// An assignment link that carries its module (`A3`), for a module a teacher made or added, which
// students' browsers cannot fetch from the site. Pure: no $app imports. Loaded with `import()`
// only where such a link is met, so that built-in assignments load none of it.
import type { ModuleContent } from '$lib/content/schema';
import { madeForModule } from './assignment';
import { assignmentFields, fromFields, MODULE_PREFIX, type Assignment } from './assignment-link';
import { checkOf, fromBase64Url } from './encoding';
import { cleanCodeInput } from './find-codes';
import { MODULE_LINK_LIMIT, packModule, unpackModule } from './module-link';

/**
 * The longest assignment link with its module that is read, in characters of the part after "#":
 * the module link's limit (64 KiB), so that any module that makes a module link makes an
 * assignment link too (the assignment's fields take at most about 1,500 more). Longer text is
 * rejected before anything else is done with it. Far beyond what a QR code carries.
 */
export const ASSIGNMENT_MODULE_LINK_LIMIT = MODULE_LINK_LIMIT;

/** An assignment read from a link that carries its module: both, or one sentence why not. */
export type AssignmentWithModule =
	{ ok: true; assignment: Assignment; module: ModuleContent } | { ok: false; error: string };

const BROKEN =
	'This assignment link is incomplete or was changed on the way. Ask your teacher to send it again, and copy all of it.';

/**
 * The part of an assignment link after "#" for an assignment with its module:
 * `A3.<fields>.<module>.<check>`. `<fields>` is what `A2` links carry (`assignmentFields`),
 * `<module>` the module as a module link carries it (`packModule`: deflate-raw, base64url), and
 * `<check>` the CRC-32 in base 36 (`checkOf`) of everything before it, as in every link. Takes an
 * assignment and the valid module it was made for (same id and version: `madeForModule`).
 * The result may be longer than `ASSIGNMENT_MODULE_LINK_LIMIT`: check with
 * `decodeAssignmentWithModule` before sharing it.
 */
export async function encodeAssignmentWithModule(
	assignment: Assignment,
	module: ModuleContent
): Promise<string> {
	const body = `${MODULE_PREFIX}.${assignmentFields(assignment)}.${await packModule(module)}`;
	return `${body}.${checkOf(body)}`;
}

/**
 * Reads the part of an `A3` assignment link after "#" (a whole link pasted is fine too); never
 * throws or rejects. In this order, each step only on what passed the one before: rejects text
 * over `ASSIGNMENT_MODULE_LINK_LIMIT` characters, a missing part or failed check (changed on the
 * way), fields that are not a valid assignment; unpacks the module as module links are
 * (`unpackModule`: capped at `MODULE_JSON_LIMIT` bytes once unpacked, then validated with the
 * rules of every module), and rejects a module that is not the one the assignment names (id and
 * version). Each problem gets one calm sentence for the student.
 */
export async function decodeAssignmentWithModule(input: string): Promise<AssignmentWithModule> {
	if (typeof input !== 'string' || input.length > ASSIGNMENT_MODULE_LINK_LIMIT * 2) {
		return { ok: false, error: BROKEN };
	}
	const text = cleanCodeInput(input);
	if (text.length > ASSIGNMENT_MODULE_LINK_LIMIT) {
		return {
			ok: false,
			error:
				'This assignment link is longer than a link can be, so it was not opened. Ask your teacher for the module’s file and a shorter link.'
		};
	}
	const parts = text.split('.');
	if (parts.length !== 4 || parts[0] !== MODULE_PREFIX) return { ok: false, error: BROKEN };
	const [prefix, fields, payload, check] = parts;
	if (checkOf(`${prefix}.${fields}.${payload}`) !== check) return { ok: false, error: BROKEN };
	const assignment = readFields(fields);
	if (!assignment) return { ok: false, error: BROKEN };
	const read = await unpackModule(payload);
	if (read.problem) {
		return {
			ok: false,
			error:
				read.problem.kind === 'invalid'
					? `The module in this assignment link breaks a rule of the module format, so it cannot be done. Tell your teacher: ${read.problem.rules?.[0] ?? read.problem.message}.`
					: read.problem.kind === 'expands-too-much'
						? 'The module in this assignment link unpacks to more than a module can hold, so it was not opened. Tell your teacher.'
						: read.problem.kind === 'newer'
							? 'This assignment was made with a newer version of Claimwise. Reload the page to get it.'
							: BROKEN
		};
	}
	if (!madeForModule(assignment, read.module)) return { ok: false, error: BROKEN };
	return { ok: true, assignment, module: read.module };
}

/** The assignment in what `assignmentFields` wrote (a due moment or a due day); null if none. */
function readFields(encoded: string): Assignment | null {
	const json = fromBase64Url(encoded);
	try {
		return fromFields(json === null ? null : JSON.parse(json), 'any');
	} catch {
		return null;
	}
}
