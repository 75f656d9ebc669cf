import type { Sorting } from '$lib/quiz/grading';
import { isRecord } from '$lib/is-record';

/** What a teacher sets for an assignment; travels in the link, never through a server. */
export interface Assignment {
	code: string;
	moduleId: string;
	contentVersion: number;
	/** Ids of the sections to do, in module order. */
	sections: string[];
	sorting: Sorting;
	/** Practice shows feedback after each answer; test shows it only after handing in. */
	mode: 'practice' | 'test';
	/** Percentage needed to pass, if the teacher set one. */
	passMark: number | null;
	title: string;
	instructions: string;
	/** When the work is due, if the teacher set a day. */
	due: Due | null;
}

/**
 * When work is due. Links made now carry a fixed moment (`at`, seconds since 1970 UTC) and the
 * teacher's IANA time zone (e.g. "Europe/Berlin") to name it in. Links of the first format
 * (`A1`) carry only a day (`date`, YYYY-MM-DD), which keeps its old meaning: the end of that day
 * wherever the work is looked at.
 */
export type Due = { at: number; timeZone: string } | { date: string };

/** Whether a string looks like a code made by `randomCode`. */
export function isCode(value: unknown): value is string {
	return typeof value === 'string' && /^[0-9A-HJKMNP-TV-Z]{6}$/.test(value);
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
 * The due moment or day in a value read from outside: `{ at, timeZone }`, `{ date }`, or a bare
 * YYYY-MM-DD string (what the first release saved). Returns undefined for anything else.
 */
export function validDue(value: unknown): Due | null | undefined {
	if (value === null) return null;
	if (typeof value === 'string') return DATE.test(value) ? { date: value } : undefined;
	if (!isRecord(value)) return undefined;
	if (typeof value.date === 'string' && Object.keys(value).length === 1)
		return DATE.test(value.date) ? { date: value.date } : undefined;
	const { at, timeZone } = value;
	return Number.isInteger(at) &&
		(at as number) >= MOMENTS.min &&
		(at as number) <= MOMENTS.max &&
		typeof timeZone === 'string' &&
		timeZone.length <= 64 &&
		TIME_ZONE.test(timeZone)
		? { at: at as number, timeZone }
		: undefined;
}

/** The assignment in a value read from outside (a link, stored work), or null if it is not one. */
export function validAssignment(value: unknown): Assignment | null {
	if (!isRecord(value)) return null;
	const {
		code,
		moduleId,
		contentVersion,
		sections,
		sorting,
		mode,
		passMark,
		title,
		instructions,
		due
	} = value;
	const ok =
		isCode(code) &&
		typeof moduleId === 'string' &&
		SLUG.test(moduleId) &&
		Number.isInteger(contentVersion) &&
		(contentVersion as number) >= 1 &&
		Array.isArray(sections) &&
		sections.length >= 1 &&
		sections.length <= LIMITS.sections &&
		sections.every((id) => typeof id === 'string' && SLUG.test(id)) &&
		new Set(sections).size === sections.length &&
		(sorting === 'two-way' || sorting === 'three-way') &&
		(mode === 'practice' || mode === 'test') &&
		(passMark === null ||
			(Number.isInteger(passMark) && (passMark as number) >= 0 && (passMark as number) <= 100)) &&
		typeof title === 'string' &&
		title.trim().length > 0 &&
		title.length <= LIMITS.title &&
		typeof instructions === 'string' &&
		instructions.length <= LIMITS.instructions &&
		validDue(due) !== undefined;
	if (!ok) return null;
	return {
		code,
		moduleId,
		contentVersion: contentVersion as number,
		sections: [...(sections as string[])],
		sorting,
		mode,
		passMark: passMark as number | null,
		title,
		instructions,
		due: validDue(due) ?? null
	};
}
