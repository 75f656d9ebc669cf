import type { Sorting } from '$lib/quiz/grading';
import { checkOf, fromBase64Url, isCode, toBase64Url, type Decoded } from './encoding';

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

export const LIMITS = { title: 120, instructions: 1000, link: 4000, sections: 50 } as const;
const PREFIX = 'A1';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The part of an assignment link after "#". */
export function encodeAssignment(assignment: Assignment): string {
	const a = assignment;
	const fields = [
		a.code,
		a.moduleId,
		a.contentVersion,
		a.sections,
		a.sorting === 'three-way' ? 3 : 2,
		a.mode === 'test' ? 't' : 'p',
		a.passMark,
		a.title,
		a.instructions,
		a.due
	];
	const body = `${PREFIX}.${toBase64Url(JSON.stringify(fields))}`;
	return `${body}.${checkOf(body)}`;
}

const BROKEN =
	'This assignment link is incomplete or was changed on the way. Ask your teacher to send it again, and copy all of it.';

/** Reads the part of an assignment link after "#"; never throws. */
export function decodeAssignment(input: string): Decoded<Assignment> {
	const text = input.trim().replace(/^#/, '');
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
	const assignment = readFields(fields);
	return assignment ? { ok: true, value: assignment } : { ok: false, error: BROKEN };
}

function readFields(fields: unknown): Assignment | null {
	if (!Array.isArray(fields) || fields.length !== 10) return null;
	const [
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
	] = fields as unknown[];
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
		(sorting === 2 || sorting === 3) &&
		(mode === 'p' || mode === 't') &&
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
		code: code as string,
		moduleId: moduleId as string,
		contentVersion: contentVersion as number,
		sections: sections as string[],
		sorting: sorting === 3 ? 'three-way' : 'two-way',
		mode: mode === 't' ? 'test' : 'practice',
		passMark: passMark as number | null,
		title: title as string,
		instructions: instructions as string,
		due: due as string | null
	};
}
