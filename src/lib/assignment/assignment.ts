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
	/** Last day to hand in, as YYYY-MM-DD, if any. */
	due: string | null;
}

/** Whether a string looks like a code made by `randomCode`. */
export function isCode(value: unknown): value is string {
	return typeof value === 'string' && /^[0-9A-HJKMNP-TV-Z]{6}$/.test(value);
}

export const LIMITS = {
	title: 120,
	instructions: 1000,
	link: 4000,
	sections: 50,
	studentName: 60
} as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

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
		(due === null || (typeof due === 'string' && DATE.test(due)));
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
		due: due as string | null
	};
}
