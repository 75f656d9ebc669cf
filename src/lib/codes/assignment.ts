import * as v from 'valibot';

// Crockford's base 32 (no I, L, O, U), as `randomCode` draws from.
const CODE = /^[0-9A-HJKMNP-TV-Z]{6}$/;

/** Whether a string looks like a code made by `randomCode`. */
export function isCode(value: unknown): value is string {
	return typeof value === 'string' && CODE.test(value);
}

/**
 * The most each field may hold, in UTF-16 code units (what `String.length` and `maxlength`
 * count); `link` caps the part of an assignment link after "#", which its decoder rejects when
 * longer.
 */
export const LIMITS = {
	title: 120,
	instructions: 1000,
	link: 4000,
	sections: 50,
	studentName: 60
} as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// IANA names ("America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC"); whether this browser knows
// the zone is not checked here: lateness needs only the moment.
const TIME_ZONE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;
// 2000-01-01 to 2100-01-01: a due moment outside is a damaged value, not a plan.
const MOMENTS = { min: 946_684_800, max: 4_102_444_800 };

/**
 * When work is due. Links made now carry a fixed moment (`at`, seconds since 1970 UTC) and the
 * teacher's IANA time zone (e.g. "Europe/Berlin") to name it in. Links of the first format
 * (`A1`) carry only a day (`date`, YYYY-MM-DD), which keeps its old meaning: the end of that day
 * wherever the work is looked at. A bare YYYY-MM-DD string (what the first release saved) reads
 * as `{ date }`.
 */
const DueSchema = v.union([
	v.pipe(
		v.string(),
		v.regex(DATE),
		v.transform((date) => ({ date }))
	),
	v.strictObject({ date: v.pipe(v.string(), v.regex(DATE)) }),
	v.object({
		at: v.pipe(v.number(), v.integer(), v.minValue(MOMENTS.min), v.maxValue(MOMENTS.max)),
		timeZone: v.pipe(v.string(), v.maxLength(64), v.regex(TIME_ZONE))
	})
]);

/** When work is due: `{ at, timeZone }` (a moment and the zone to name it in) or `{ date }`. */
export type Due = v.InferOutput<typeof DueSchema>;

const slug = v.pipe(v.string(), v.regex(SLUG));

/**
 * What a teacher sets for an assignment, checked: the one description of its shape, which gives
 * the `Assignment` type and `validAssignment`. It travels in the link, never through a server;
 * the link carries these fields in this order (see `LINK_FIELDS` in assignment-link.ts, which a
 * test holds to this list: a new field needs a new link format).
 */
export const AssignmentSchema = v.object({
	code: v.pipe(v.string(), v.regex(CODE)),
	moduleId: slug,
	contentVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** Ids of the sections to do, in module order, each once. */
	sections: v.pipe(
		v.array(slug),
		v.minLength(1),
		v.maxLength(LIMITS.sections),
		v.check((ids) => new Set(ids).size === ids.length)
	),
	/** Two-way sorting asks fact or speculation; three-way adds opinion. */
	sorting: v.picklist(['two-way', 'three-way']),
	/** Practice shows feedback after each answer; test shows it only after handing in. */
	mode: v.picklist(['practice', 'test']),
	/** Percentage needed to pass, if the teacher set one. */
	passMark: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
	title: v.pipe(
		v.string(),
		v.check((title) => title.trim().length > 0),
		v.maxLength(LIMITS.title)
	),
	instructions: v.pipe(v.string(), v.maxLength(LIMITS.instructions)),
	/** When the work is due, if the teacher set a day. */
	due: v.nullable(DueSchema)
});

/** What a teacher sets for an assignment; travels in the link, never through a server. */
export type Assignment = v.InferOutput<typeof AssignmentSchema>;

/**
 * The due moment or day in a value read from outside: `{ at, timeZone }`, `{ date }`, or a bare
 * YYYY-MM-DD string (what the first release saved). Returns null for null, undefined for
 * anything else (a moment outside 2000-2100, an impossible date, an odd zone name).
 */
export function validDue(value: unknown): Due | null | undefined {
	if (value === null) return null;
	const read = v.safeParse(DueSchema, value);
	return read.success ? read.output : undefined;
}

/**
 * The assignment in a value read from outside (a link, stored work), or null if it is not one:
 * a field missing or of the wrong kind, a code not made by `randomCode`, ids that are not
 * lower-case slugs, no sections or the same one twice, a blank title, text over `LIMITS`.
 * Fields it does not know are left out.
 */
export function validAssignment(value: unknown): Assignment | null {
	const read = v.safeParse(AssignmentSchema, value);
	return read.success ? read.output : null;
}

/**
 * The sections an assignment names that its module does not have, in the assignment's order: none
 * for a link made by Claimwise, some for a hand-made or edited one whose check still passes.
 * Takes the assignment's `sections` (ids) and the module's sections; returns the missing ids.
 */
export function missingSections(
	made: Pick<Assignment, 'sections'>,
	module: { sections: readonly { id: string }[] }
): string[] {
	return made.sections.filter((id) => !module.sections.some((section) => section.id === id));
}

/**
 * Whether work on an assignment can be done or marked against this module: the same module id and
 * content version (a new version may have moved, added or relabelled claims). Takes the assignment
 * (or a hand-in's `moduleId` and `contentVersion`) and the module's `id` and `version`.
 */
export function madeForModule(
	made: Pick<Assignment, 'moduleId' | 'contentVersion'>,
	module: { id: string; version: number }
): boolean {
	return made.moduleId === module.id && made.contentVersion === module.version;
}
