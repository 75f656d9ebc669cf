import * as v from 'valibot';
import { moduleSchema, RESERVED_SECTION_IDS, TECHNIQUES, type ModuleContent } from './schema';

export type ModuleCheck = { ok: true; module: ModuleContent } | { ok: false; problems: string[] };

/**
 * Validates one module file (parsed JSON of any shape) in the format of docs/content-format.md:
 * its shape against the schema, then the rules a schema cannot say (quotes found once in their
 * section's text or heading, cue words in their quote, unique ids, a check for every fact, a
 * technique of the right kind for every speculation and opinion, accepted labels other than the
 * claim's own, no id that every JavaScript object already has, such as `constructor`). `fileId`,
 * when given, must equal the module's id.
 * @returns the module, or every problem found, each naming the claim or section it is about,
 * on one line (text from the file is quoted, shortened to 40 characters and has its line breaks
 * and control characters escaped). Never throws.
 */
export function validateModule(data: unknown, fileId?: string): ModuleCheck {
	const parsed = v.safeParse(moduleSchema, data);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.issues.map((issue) => oneLine(describeIssue(data, issue)))
		};
	}
	const module = parsed.output;
	const problems = [...sectionProblems(module), ...claimProblems(module)];
	if (isInherited(module.id)) problems.unshift(`id ${inheritedProblem(module.id)}`);
	if (fileId !== undefined && module.id !== fileId) {
		problems.unshift(`id "${module.id}" does not match the file name ${shown(fileId)}`);
	}
	return problems.length ? { ok: false, problems: problems.map(oneLine) } : { ok: true, module };
}

/**
 * True for a name every plain object already has (`constructor`; the schema's slugs rule out the
 * others, such as `__proto__` and `toString`). Pages look answers and titles up by id in plain
 * objects, where such an id would find something before anything is stored under it.
 */
function isInherited(id: string): boolean {
	return id in Object.prototype;
}

const inheritedProblem = (id: string) =>
	`"${id}" is a name every JavaScript object has; choose another id`;

function sectionProblems(module: ModuleContent): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const section of module.sections) {
		const where = `section "${section.id}"`;
		if (seen.has(section.id)) problems.push(`${where}: duplicate section id`);
		if (isInherited(section.id)) problems.push(`${where}: ${inheritedProblem(section.id)}`);
		seen.add(section.id);
		if ((RESERVED_SECTION_IDS as readonly string[]).includes(section.id)) {
			problems.push(`${where}: "${section.id}" is reserved for a page of the module`);
		}
	}
	return problems;
}

function claimProblems(module: ModuleContent): string[] {
	const problems: string[] = [];
	const sections = new Map(module.sections.map((section) => [section.id, section]));
	const seen = new Set<string>();
	for (const claim of module.claims) {
		const where = `claim "${claim.id}"`;
		if (seen.has(claim.id)) problems.push(`${where}: duplicate claim id`);
		if (isInherited(claim.id)) problems.push(`${where}: ${inheritedProblem(claim.id)}`);
		seen.add(claim.id);

		const section = sections.get(claim.section);
		if (!section) {
			problems.push(`${where}: unknown section "${claim.section}"`);
		} else if (claim.heading && section.heading === undefined) {
			problems.push(`${where}: section "${section.id}" has no heading to quote`);
		} else {
			const place = claim.heading
				? `the heading of section "${section.id}"`
				: `section "${section.id}"`;
			const count = occurrencesUpToTwo(
				claim.heading ? section.heading! : section.text,
				claim.quote
			);
			if (count === 0) problems.push(`${where}: quote is not in ${place}`);
			if (count > 1) {
				problems.push(`${where}: quote occurs more than once in ${place}; quote a longer span`);
			}
		}
		if (/\n/.test(claim.quote)) problems.push(`${where}: quote spans more than one paragraph`);
		for (const cue of claim.cues) {
			if (!claim.quote.includes(cue))
				problems.push(`${where}: cue ${shown(cue)} is not in the quote`);
		}
		if (claim.label === 'fact' && !claim.check) {
			problems.push(`${where}: a fact needs a "check" (how you could check it)`);
		}
		problems.push(...techniqueProblems(claim, where));
		const accepted = new Set<string>();
		for (const { label } of claim.accepts ?? []) {
			if (label === claim.label) problems.push(`${where}: accepts its own label "${label}"`);
			else if (accepted.has(label)) problems.push(`${where}: accepts "${label}" twice`);
			accepted.add(label);
		}
	}
	return problems;
}

function techniqueProblems(claim: ModuleContent['claims'][number], where: string): string[] {
	if (claim.label === 'fact') {
		return claim.technique ? [`${where}: a fact has no technique; leave "technique" out`] : [];
	}
	if (!claim.technique) return [`${where}: a ${claim.label} claim needs a "technique"`];
	const kind = TECHNIQUES[claim.technique].label;
	return kind === claim.label
		? []
		: [`${where}: technique "${claim.technique}" is one of ${kind}, not of ${claim.label}`];
}

// 0, 1 or 2: counting on would let a hostile module repeat a short quote thousands of times in
// a long text and keep the validator busy for seconds.
function occurrencesUpToTwo(haystack: string, needle: string): number {
	const first = haystack.indexOf(needle);
	if (first === -1) return 0;
	return haystack.indexOf(needle, first + 1) === -1 ? 1 : 2;
}

/**
 * Text from the file as a problem shows it: quoted, at most 40 characters, with line breaks and
 * other control characters written as escapes, so a hostile key or id cannot break the message
 * a teacher reads into lines or hide in it.
 */
function shown(text: string): string {
	return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

/** A problem on one line: line breaks and other control characters from the file as escapes. */
function oneLine(problem: string): string {
	// eslint-disable-next-line no-control-regex
	return problem.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
		JSON.stringify(c).slice(1, -1)
	);
}

function describeIssue(data: unknown, issue: v.BaseIssue<unknown>): string {
	const path = issue.path ?? [];
	// A field the format does not have: its name is the path's last key.
	const unknownField = issue.type === 'strict_object' && path.length > 0;
	const parts: string[] = [];
	let node: unknown = data;
	for (const item of unknownField ? path.slice(0, -1) : path) {
		const key = item.key as string | number;
		node = (node as Record<string | number, unknown> | undefined)?.[key];
		if (typeof key === 'number') {
			const id = (node as { id?: unknown } | undefined)?.id;
			const kind =
				parts.at(-1) === 'claims' ? 'claim' : parts.at(-1) === 'sections' ? 'section' : '';
			if (kind && typeof id === 'string') {
				parts.pop();
				parts.push(`${kind} ${shown(id)}`);
			} else parts.push(`[${key}]`);
		} else parts.push(/^[a-zA-Z]+$/.test(key) ? key : shown(key));
	}
	const where = parts.length ? parts.join(' → ') : 'file';
	if (unknownField) {
		return `${where}: ${shown(String(path.at(-1)!.key))} is not a field of the module format`;
	}
	return `${where}: ${issue.message}`;
}
