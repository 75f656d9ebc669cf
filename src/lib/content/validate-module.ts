import * as v from 'valibot';
import { moduleSchema, RESERVED_SECTION_IDS, type ModuleContent } from './schema';

export type ModuleCheck = { ok: true; module: ModuleContent } | { ok: false; problems: string[] };

/**
 * Validates one module file: its shape against the schema, then the rules a schema cannot say
 * (quotes found in their section, cue words in their quote, unique ids, checks for facts).
 * Every problem names the claim or section it is about.
 */
export function validateModule(data: unknown, fileId?: string): ModuleCheck {
	const parsed = v.safeParse(moduleSchema, data);
	if (!parsed.success) {
		return { ok: false, problems: parsed.issues.map((issue) => describeIssue(data, issue)) };
	}
	const module = parsed.output;
	const problems = [...sectionProblems(module), ...claimProblems(module)];
	if (fileId !== undefined && module.id !== fileId) {
		problems.unshift(`id "${module.id}" does not match the file name "${fileId}"`);
	}
	return problems.length ? { ok: false, problems } : { ok: true, module };
}

function sectionProblems(module: ModuleContent): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const section of module.sections) {
		const where = `section "${section.id}"`;
		if (seen.has(section.id)) problems.push(`${where}: duplicate section id`);
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
		seen.add(claim.id);

		const section = sections.get(claim.section);
		if (!section) {
			problems.push(`${where}: unknown section "${claim.section}"`);
		} else {
			const count = countOccurrences(section.text, claim.quote);
			if (count === 0) problems.push(`${where}: quote is not in section "${section.id}"`);
			if (count > 1) {
				problems.push(
					`${where}: quote occurs ${count} times in section "${section.id}"; quote a longer span`
				);
			}
		}
		if (/\n/.test(claim.quote)) problems.push(`${where}: quote spans more than one paragraph`);
		for (const cue of claim.cues) {
			if (!claim.quote.includes(cue)) problems.push(`${where}: cue "${cue}" is not in the quote`);
		}
		if (claim.label === 'fact' && !claim.check) {
			problems.push(`${where}: a fact needs a "check" (how you could check it)`);
		}
	}
	return problems;
}

function countOccurrences(haystack: string, needle: string): number {
	let count = 0;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
	return count;
}

function describeIssue(data: unknown, issue: v.BaseIssue<unknown>): string {
	const path = issue.path ?? [];
	const parts: string[] = [];
	let node: unknown = data;
	for (const item of path) {
		const key = item.key as string | number;
		node = (node as Record<string | number, unknown> | undefined)?.[key];
		if (typeof key === 'number') {
			const id = (node as { id?: unknown } | undefined)?.id;
			const kind =
				parts.at(-1) === 'claims' ? 'claim' : parts.at(-1) === 'sections' ? 'section' : '';
			if (kind && typeof id === 'string') {
				parts.pop();
				parts.push(`${kind} "${id}"`);
			} else parts.push(`[${key}]`);
		} else parts.push(String(key));
	}
	const where = parts.length ? parts.join(' → ') : 'file';
	return `${where}: ${issue.message}`;
}
