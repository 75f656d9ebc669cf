// From a teacher's draft to a module in the published format (docs/content-format.md). Pure.
import { FORMAT, RESERVED_SECTION_IDS, type Claim, type ModuleContent } from '$lib/content/schema';
import { TECHNIQUES } from '$lib/content/techniques';
import { validateModule } from '$lib/content/validate-module';
import { quoteOf, type Draft, type DraftClaim } from './draft';

/**
 * Something still missing before a draft can be shared, in one plain sentence, and where to mend
 * it: a claim (by its key) or a field of the page (by the id of its input).
 */
export interface DraftProblem {
	message: string;
	claim?: string;
	field?: string;
}

export type DraftCheck =
	{ ok: true; module: ModuleContent } | { ok: false; problems: DraftProblem[] };

/** The ids of the fields on the page a problem can lead to. */
export const FIELDS = {
	title: 'module-title',
	summary: 'module-summary',
	outlet: 'source-outlet',
	date: 'source-date',
	sourceUrl: 'source-url',
	attribution: 'licence-attribution',
	terms: 'licence-terms',
	licenceUrl: 'licence-url',
	rights: 'licence-rights',
	sectionTitle: (sectionKey: string) => `section-title-${sectionKey}`
} as const;

/**
 * Ids of the fields of the claim being edited on `/author/`, which a claim's problem leads to
 * (the page shows one claim's fields at a time; a group of choices is focused at its first).
 */
export const CLAIM_FIELDS = {
	cues: 'claim-cue-words',
	technique: 'claim-technique',
	explanation: 'claim-explanation',
	check: 'claim-check',
	findingText: 'finding-text',
	source: (index: number, field: 'outlet' | 'title' | 'date' | 'url') =>
		`finding-source-${index}-${field}`
} as const;

/**
 * Lower-case words of a text joined by hyphens, as module and section ids need (letters a-z and
 * digits only; accents dropped); at most `max` characters, cut at a hyphen. Empty when the text
 * has no such letters.
 */
export function slugOf(text: string, max = 40): string {
	const slug = text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max);
	return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** The module's id: its title's words and the draft's random suffix; kept once shared. */
export function moduleIdOf(draft: Draft): string {
	if (draft.shared) return draft.shared.id;
	const base = slugOf(draft.title, 40) || 'module';
	return `${base}-${draft.suffix}`;
}

/**
 * What identifies a module's content apart from its version: its JSON without `version`. A
 * draft shared again with a different fingerprint goes out as the next version.
 */
export function fingerprintOf(module: ModuleContent): string {
	return JSON.stringify({ ...module, version: 0 });
}

const https = (url: string) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(url);

function detailProblems(draft: Draft): DraftProblem[] {
	const problems: DraftProblem[] = [];
	const need = (value: string, message: string, field: string) => {
		if (!value.trim()) problems.push({ message, field });
	};
	need(draft.title, 'Give the module a title.', FIELDS.title);
	need(draft.summary, 'Write a summary: what students learn from this module.', FIELDS.summary);
	need(draft.source.outlet, 'Say where the text was published (the outlet).', FIELDS.outlet);
	need(draft.source.date, 'Say when the text was published.', FIELDS.date);
	if (draft.source.url.trim() && !https(draft.source.url.trim())) {
		problems.push({
			message: 'The link to the text must be a web address starting with https://.',
			field: FIELDS.sourceUrl
		});
	}
	need(
		draft.licence.attribution,
		'Say who wrote or owns the text (the attribution).',
		FIELDS.attribution
	);
	need(draft.licence.terms, 'Say under what licence or terms you share the text.', FIELDS.terms);
	if (draft.licence.url.trim() && !https(draft.licence.url.trim())) {
		problems.push({
			message: 'The link to the licence must be a web address starting with https://.',
			field: FIELDS.licenceUrl
		});
	}
	if (!draft.rights) {
		problems.push({
			message: 'Confirm that you have the right to share this text with your students.',
			field: FIELDS.rights
		});
	}
	return problems;
}

/** Numbers claims as the page does: 1, 2, 3 … through every section. */
function claimNumbers(draft: Draft): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const section of draft.sections) {
		for (const claim of section.claims) numbers.set(claim.key, numbers.size + 1);
	}
	return numbers;
}

function claimProblems(claim: DraftClaim, quote: string, text: string, n: number): DraftProblem[] {
	const problems: DraftProblem[] = [];
	const add = (message: string, field?: string) =>
		problems.push({ message: `Claim ${n}: ${message}`, claim: claim.key, field });
	const label = claim.decision;
	if (label === null || label === 'skip') return problems;
	if (!claim.cues.length) add('mark at least one cue word.', CLAIM_FIELDS.cues);
	if (label !== 'fact' && (!claim.technique || TECHNIQUES[claim.technique].label !== label)) {
		add(`choose the technique of this ${label}.`, CLAIM_FIELDS.technique);
	}
	if (!claim.explanation.trim())
		add('write an explanation, or use the suggested one.', CLAIM_FIELDS.explanation);
	if (label === 'fact' && !claim.check.trim())
		add('say how you could check this fact.', CLAIM_FIELDS.check);
	if (text.indexOf(quote) !== text.lastIndexOf(quote)) {
		add('these words appear twice in the section; split the claim differently or skip one.');
	}
	if (claim.finding) {
		const { text: found, sources } = claim.finding;
		if (!found.trim())
			add('write what checking shows, or remove the finding.', CLAIM_FIELDS.findingText);
		if (!sources.length) add('give the finding at least one source.');
		sources.forEach((source, i) => {
			const which = sources.length > 1 ? `source ${i + 1} of the finding` : 'the finding’s source';
			if (!source.outlet.trim() || !source.title.trim())
				add(
					`give ${which} its outlet and title.`,
					CLAIM_FIELDS.source(i, source.outlet.trim() ? 'title' : 'outlet')
				);
			if (!/^\d{4}-\d{2}(-\d{2})?$/.test(source.date.trim()))
				add(`give ${which} a date as YYYY-MM-DD (or YYYY-MM).`, CLAIM_FIELDS.source(i, 'date'));
			if (source.url.trim() && !https(source.url.trim()))
				add(`the address of ${which} must start with https://.`, CLAIM_FIELDS.source(i, 'url'));
		});
	}
	return problems;
}

function moduleClaim(claim: DraftClaim, sectionId: string, quote: string): Claim {
	const label = claim.decision as Claim['label'];
	const out: Claim = {
		id: claim.key,
		section: sectionId,
		quote,
		label,
		cues: claim.cues.map((cue) => quote.slice(cue.start, cue.end)),
		explanation: claim.explanation.trim()
	};
	if (label !== 'fact' && claim.technique) out.technique = claim.technique;
	if (label === 'fact' && claim.check.trim()) out.check = claim.check.trim();
	if (claim.finding) {
		out.finding = {
			text: claim.finding.text.trim(),
			sources: claim.finding.sources.map(({ outlet, title, date, url }) => ({
				outlet: outlet.trim(),
				title: title.trim(),
				date: date.trim(),
				...(url.trim() ? { url: url.trim() } : {})
			}))
		};
	}
	return out;
}

/** Unique section ids from the sections' titles, never one a module page uses. */
function sectionIds(draft: Draft): string[] {
	const used = new Set<string>(RESERVED_SECTION_IDS);
	return draft.sections.map((section, i) => {
		const base = slugOf(section.title, 30) || `section-${i + 1}`;
		let id = base;
		for (let n = 2; used.has(id) || id in Object.prototype; n++) id = `${base}-${n}`;
		used.add(id);
		return id;
	});
}

/**
 * Turns a draft into a module in the published format (format 2, docs/content-format.md): the
 * module's id from `moduleIdOf`, its version 1 until shared, then the shared version, or the next
 * one when the module changed since (see `fingerprintOf`); sections with ids from their titles;
 * the claims the teacher labelled (skipped sentences left out), each with its key as id. Returns
 * the module, checked with `validateModule` like a built-in one, or every problem still to mend,
 * each in plain words for the teacher and leading to its claim or field: details missing, a
 * sentence not yet labelled or skipped, a claim without cue, technique, explanation or check, a
 * section left without claims. Never throws.
 */
export function draftToModule(draft: Draft): DraftCheck {
	const problems = detailProblems(draft);
	const numbers = claimNumbers(draft);
	const ids = sectionIds(draft);
	const undecided = draft.sections.flatMap((section) =>
		section.claims.filter((claim) => claim.decision === null)
	);
	if (undecided.length) {
		const many = undecided.length === 1 ? 'One sentence is' : `${undecided.length} sentences are`;
		problems.push({
			message: `${many} not labelled yet: open each one and label it a stated fact, speculation or opinion, or skip it as not a claim. The first is claim ${numbers.get(undecided[0].key)}.`,
			claim: undecided[0].key
		});
	}
	const claims: Claim[] = [];
	draft.sections.forEach((section, s) => {
		if (!section.title.trim()) {
			problems.push({
				message: `Give section ${s + 1} a title.`,
				field: FIELDS.sectionTitle(section.key)
			});
		}
		const labelled = section.claims.filter((c) => c.decision !== null && c.decision !== 'skip');
		if (!labelled.length && !section.claims.some((c) => c.decision === null)) {
			problems.push({
				message: `Section ${s + 1} (“${section.title.trim() || 'untitled'}”) has no claims left: label one, or merge it with the section next to it.`,
				field: FIELDS.sectionTitle(section.key)
			});
		}
		for (const claim of labelled) {
			const quote = quoteOf(section, claim);
			problems.push(...claimProblems(claim, quote, section.text, numbers.get(claim.key)!));
			claims.push(moduleClaim(claim, ids[s], quote));
		}
	});
	if (problems.length) return { ok: false, problems };

	const module: ModuleContent = {
		format: FORMAT,
		id: moduleIdOf(draft),
		version: 1,
		title: draft.title.trim(),
		summary: draft.summary.trim(),
		source: {
			name: [draft.source.author.trim(), draft.source.outlet.trim()].filter(Boolean).join(', '),
			date: draft.source.date.trim(),
			...(draft.source.url.trim() ? { note: `Published at ${draft.source.url.trim()}` } : {})
		},
		licence: {
			attribution: draft.licence.attribution.trim(),
			terms: draft.licence.terms.trim(),
			...(draft.licence.url.trim() ? { url: draft.licence.url.trim() } : {})
		},
		sections: draft.sections.map((section, s) => ({
			id: ids[s],
			title: section.title.trim(),
			...(section.heading?.trim() ? { heading: section.heading.trim() } : {}),
			text: section.text
		})),
		claims
	};
	const checked = validateModule(module);
	if (checked.ok) {
		// Compared as validated, so that the fingerprint does not depend on how it was built.
		const shared = draft.shared;
		if (!shared) return checked;
		const changed = fingerprintOf(checked.module) !== shared.fingerprint;
		return { ok: true, module: { ...checked.module, version: shared.version + (changed ? 1 : 0) } };
	}
	// Rules this page does not word itself yet: shown as the module format states them.
	return {
		ok: false,
		problems: checked.problems.map((message) => {
			const key = message.match(/^claim "(c\d+)"/)?.[1];
			return key ? { message, claim: key } : { message };
		})
	};
}

/** The draft as shared now: the module's id, version and fingerprint kept for the next share. */
export function markShared(draft: Draft, module: ModuleContent): Draft {
	return {
		...draft,
		shared: { id: module.id, version: module.version, fingerprint: fingerprintOf(module) }
	};
}
