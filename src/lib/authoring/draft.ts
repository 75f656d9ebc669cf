// A teacher's module in the making: the text in sections, every sentence a candidate claim.
// Pure: every edit takes a draft and returns a new one; nothing here touches storage or the page.
import { isRecord } from '$lib/is-record';
import { LABELS, type Label } from '$lib/content/labels';
import { TECHNIQUES, TECHNIQUE_IDS, type Technique } from '$lib/content/techniques';
import { labelOfCueKind } from './cue-label';

/** What the teacher decided for a candidate claim: a label, `skip` (not a claim), or nothing yet. */
export type Decision = Label | 'skip' | null;

/** A span of text; offsets in UTF-16 code units, end exclusive. */
export interface Span {
	start: number;
	end: number;
}

/** A source of a finding, as the teacher types it (checked when the module is made). */
export interface DraftSource {
	outlet: string;
	title: string;
	date: string;
	url: string;
}

/** What checking a claim shows, with its sources. */
export interface DraftFinding {
	text: string;
	sources: DraftSource[];
}

/** A sentence (or part of one) of a section: a candidate claim until the teacher labels it. */
export interface DraftClaim extends Span {
	/** Stable over every edit (`c` and a number); becomes the claim's id in the module. */
	key: string;
	/** `start` and `end`: where the claim's quote is in its section's text. */
	decision: Decision;
	technique: Technique | null;
	/** The cue words chosen, as spans into the quote (not the section), in order, apart. */
	cues: Span[];
	/** What the suggester proposed, kept so that it shows without the lexicon; never applied by itself. */
	suggestion: {
		label: Label;
		technique: Technique | null;
		why: string;
		/** Its cues, spans into the quote, each with the label it points to and why. */
		cues: (Span & { label: Label; technique: Technique | null; reason: string })[];
	};
	explanation: string;
	check: string;
	finding: DraftFinding | null;
}

/** A section of the text: our title for it, the text's own heading, its text and claims. */
export interface DraftSection {
	/** `s` and a number, stable over every edit. */
	key: string;
	title: string;
	/** The text's own heading over the section, word for word, if it had one. */
	heading: string | null;
	text: string;
	claims: DraftClaim[];
}

/** A teacher's module in the making, as stored (see `drafts.svelte.ts`). */
export interface Draft {
	/** `d` and random letters and digits. */
	key: string;
	/** Random letters and digits, so that two teachers' modules with one title get different ids. */
	suffix: string;
	createdAt: string;
	updatedAt: string;
	/** The number the next section or claim key gets. */
	nextKey: number;
	title: string;
	summary: string;
	source: { outlet: string; author: string; date: string; url: string };
	licence: { attribution: string; terms: string; url: string };
	/** The teacher confirmed they have the right to share the text. */
	rights: boolean;
	sections: DraftSection[];
	/** The module as last shared: its id stays, and a changed module goes out as a higher version. */
	shared: { id: string; version: number; fingerprint: string } | null;
}

// A small structural check of stored drafts, written out rather than with the schema library:
// the library's code is shared with the teacher's pages, which would load more for it.
type Check = (value: unknown) => boolean;
const text: Check = (x) => typeof x === 'string';
const whole: Check = (x) => Number.isInteger(x);
const oneOf =
	(...values: unknown[]): Check =>
	(x) =>
		values.includes(x);
const orNull =
	(check: Check): Check =>
	(x) =>
		x === null || check(x);
const listOf =
	(check: Check): Check =>
	(x) =>
		Array.isArray(x) && x.every(check);
const matching =
	(pattern: RegExp): Check =>
	(x) =>
		typeof x === 'string' && pattern.test(x);
/** An object with exactly these fields, each passing its check. */
const shape =
	(fields: Record<string, Check>): Check =>
	(x) =>
		isRecord(x) &&
		Object.keys(x).length === Object.keys(fields).length &&
		Object.entries(fields).every(([name, check]) => Object.hasOwn(x, name) && check(x[name]));

const span = { start: whole, end: whole };
const label = oneOf(...LABELS);
const technique = orNull(oneOf(...TECHNIQUE_IDS));
const strings = (...names: string[]) => Object.fromEntries(names.map((name) => [name, text]));
const isDraftShape = shape({
	key: matching(/^d[a-z0-9]+$/),
	suffix: matching(/^[a-z0-9]{4,8}$/),
	...strings('createdAt', 'updatedAt', 'title', 'summary'),
	nextKey: (x) => whole(x) && (x as number) >= 1,
	source: shape(strings('outlet', 'author', 'date', 'url')),
	licence: shape(strings('attribution', 'terms', 'url')),
	rights: (x) => typeof x === 'boolean',
	sections: (x) =>
		Array.isArray(x) &&
		x.length > 0 &&
		listOf(
			shape({
				key: matching(/^s\d+$/),
				title: text,
				heading: orNull(text),
				text: (t) => typeof t === 'string' && t.length > 0,
				claims: listOf(
					shape({
						key: matching(/^c\d+$/),
						...span,
						decision: orNull(oneOf(...LABELS, 'skip')),
						technique,
						cues: listOf(shape(span)),
						suggestion: shape({
							label,
							technique,
							why: text,
							cues: listOf(shape({ ...span, label, technique, reason: text }))
						}),
						...strings('explanation', 'check'),
						finding: orNull(
							shape({
								text,
								sources: listOf(shape(strings('outlet', 'title', 'date', 'url')))
							})
						)
					})
				)
			})
		)(x),
	shared: orNull(
		shape({ id: text, version: (x) => whole(x) && (x as number) >= 1, fingerprint: text })
	)
});

/** What the suggester (`suggestClaim`) says of one sentence, as far as a draft keeps it. */
export interface Suggestion {
	label: Label;
	technique?: Technique;
	why: string;
	cues: { start: number; end: number; kind: string; reason: string }[];
	alsoFound: { start: number; end: number; kind: string; reason: string }[];
}

/** Suggests for one sentence; `suggestClaim` in the app, anything alike in tests. */
export type Suggest = (sentence: string) => Suggestion;

/** A section as `splitSections` proposes it. */
export interface Proposed {
	title: string;
	heading?: string;
	text: string;
}

/** What making a draft needs from outside: the splitters, the suggester, a random suffix, a time. */
export interface DraftTools {
	sections: (text: string) => Proposed[];
	sentences: (text: string) => { start: number; end: number }[];
	suggest: Suggest;
}

function suggestionFor(sentence: string, suggest: Suggest): DraftClaim['suggestion'] {
	let found: Suggestion;
	try {
		found = suggest(sentence);
	} catch {
		// A sentence too long for the suggester gets no suggestion; the teacher labels it.
		return {
			label: 'fact',
			technique: null,
			why: 'No suggestion for so long a sentence.',
			cues: []
		};
	}
	const cues = [...found.cues, ...found.alsoFound]
		.flatMap(({ start, end, kind, reason }) => {
			const label = labelOfCueKind(kind);
			const technique = kind in TECHNIQUES ? (kind as Technique) : null;
			return label ? [{ start, end, label, technique, reason }] : [];
		})
		.sort((a, b) => a.start - b.start || a.end - b.end);
	return { label: found.label, technique: found.technique ?? null, why: found.why, cues };
}

function newClaim(key: string, text: string, at: Span, suggest: Suggest): DraftClaim {
	return {
		key,
		start: at.start,
		end: at.end,
		decision: null,
		technique: null,
		cues: [],
		suggestion: suggestionFor(text.slice(at.start, at.end), suggest),
		explanation: '',
		check: '',
		finding: null
	};
}

/** Makes a draft's key or module-id suffix: lower-case letters and digits. */
export function randomSuffix(length = 5): string {
	const bytes = crypto.getRandomValues(new Uint8Array(length));
	return Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
}

/**
 * Makes a draft from a pasted text: the sections `tools.sections` proposes, each split into
 * sentences by `tools.sentences`, every sentence a candidate claim with `tools.suggest`'s label
 * and cues kept as a suggestion only (nothing decided). Takes the text and the time (ISO 8601);
 * returns null for a text with no words.
 */
export function createDraft(text: string, tools: DraftTools, now: string): Draft | null {
	const proposed = tools.sections(text);
	if (!proposed.length) return null;
	let next = 1;
	const sections = proposed.map(({ title, heading, text }) => ({
		key: `s${next++}`,
		title,
		heading: heading ?? null,
		text,
		claims: tools.sentences(text).map((at) => newClaim(`c${next++}`, text, at, tools.suggest))
	}));
	return {
		key: `d${randomSuffix(8)}`,
		suffix: randomSuffix(),
		createdAt: now,
		updatedAt: now,
		nextKey: next,
		title: '',
		summary: '',
		source: { outlet: '', author: '', date: '', url: '' },
		licence: { attribution: '', terms: '', url: '' },
		rights: false,
		sections,
		shared: null
	};
}

/** Where a claim is: its section's index and its own index there; null when no claim has the key. */
export function findClaim(draft: Draft, key: string) {
	for (const [s, section] of draft.sections.entries()) {
		const c = section.claims.findIndex((claim) => claim.key === key);
		if (c !== -1) return { s, c, section, claim: section.claims[c] };
	}
	return null;
}

/** The exact words of a claim, from its section's text. */
export const quoteOf = (section: DraftSection, claim: DraftClaim) =>
	section.text.slice(claim.start, claim.end);

function withSection(draft: Draft, s: number, section: DraftSection): Draft {
	return { ...draft, sections: draft.sections.with(s, section) };
}

function withClaim(draft: Draft, key: string, change: (claim: DraftClaim) => DraftClaim): Draft {
	const at = findClaim(draft, key);
	if (!at) return draft;
	const claims = at.section.claims.with(at.c, change(at.claim));
	return withSection(draft, at.s, { ...at.section, claims });
}

/** Gives a section another title (our name for it); the text is untouched. */
export function renameSection(draft: Draft, sectionKey: string, title: string): Draft {
	const s = draft.sections.findIndex((section) => section.key === sectionKey);
	if (s === -1) return draft;
	return withSection(draft, s, { ...draft.sections[s], title });
}

const shift = (claim: DraftClaim, by: number): DraftClaim => ({
	...claim,
	start: claim.start + by,
	end: claim.end + by
});

/**
 * Joins a section with the one after it: the texts become one, separated by a blank line, with
 * the second section's heading (if it had one) kept as a paragraph between them, so no word is
 * lost. The first section's title and heading stay. No change for the last section.
 */
export function mergeWithNext(draft: Draft, sectionKey: string): Draft {
	const s = draft.sections.findIndex((section) => section.key === sectionKey);
	if (s === -1 || s === draft.sections.length - 1) return draft;
	const [first, second] = [draft.sections[s], draft.sections[s + 1]];
	const prefix = `${first.text}\n\n${second.heading === null ? '' : `${second.heading}\n\n`}`;
	const merged: DraftSection = {
		...first,
		text: prefix + second.text,
		claims: [...first.claims, ...second.claims.map((claim) => shift(claim, prefix.length))]
	};
	return { ...draft, sections: draft.sections.toSpliced(s, 2, merged) };
}

/**
 * Starts a new section at a claim: the claim and everything after it in its section move to a
 * new section, titled with its first words (for the teacher to rename). No change for the first
 * claim of a section (there is nothing before it to leave behind) or an unknown key.
 */
export function splitSectionAt(draft: Draft, claimKey: string): Draft {
	const at = findClaim(draft, claimKey);
	if (!at || at.c === 0) return draft;
	const { section, claim } = at;
	const before = section.text.slice(0, claim.start).trimEnd();
	const rest = section.text.slice(claim.start);
	const words = rest.split(/\s+/).filter(Boolean);
	const title =
		words
			.slice(0, 6)
			.join(' ')
			.replace(/[.,;:!?"“”'’]+$/, '') + (words.length > 6 ? '…' : '');
	const next: DraftSection = {
		key: `s${draft.nextKey}`,
		title,
		heading: null,
		text: rest,
		claims: section.claims.slice(at.c).map((c) => shift(c, -claim.start))
	};
	const kept: DraftSection = { ...section, text: before, claims: section.claims.slice(0, at.c) };
	return {
		...draft,
		nextKey: draft.nextKey + 1,
		sections: draft.sections.toSpliced(at.s, 1, kept, next)
	};
}

const WORD = /\S/;

/** The span grown to whole words (with their punctuation): a selection that cuts a word takes it all. */
function wholeWordsOf(text: string, start: number, end: number): Span {
	start = Math.max(0, Math.min(start, text.length));
	end = Math.max(start, Math.min(end, text.length));
	while (start > 0 && start < text.length && WORD.test(text[start - 1]) && WORD.test(text[start]))
		start--;
	while (end < text.length && end > 0 && WORD.test(text[end - 1]) && WORD.test(text[end])) end++;
	return { start, end };
}

/** The span without white space at either end, within `text`; null when nothing is left. */
function trimSpan(text: string, start: number, end: number): Span | null {
	start = Math.max(0, Math.min(start, text.length));
	end = Math.max(start, Math.min(end, text.length));
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return end > start ? { start, end } : null;
}

/**
 * Records the teacher's decision for a claim: a label, `skip` (not a claim) or null (undecided).
 * A label takes, when the claim has no cues chosen yet, the suggested cues that point to that
 * label, and a technique: the suggested one when it is of that label, else the first technique a
 * suggested cue of that label names; a stated fact has none. All stay the teacher's to change.
 */
export function decide(draft: Draft, claimKey: string, decision: Decision): Draft {
	return withClaim(draft, claimKey, (claim) => {
		if (decision === null || decision === 'skip') return { ...claim, decision };
		const ofLabel = claim.suggestion.cues.filter((cue) => cue.label === decision);
		const cues = claim.cues.length
			? claim.cues
			: mergeSpans(ofLabel.map(({ start, end }) => ({ start, end })));
		const fits = (t: Technique | null) => !!t && TECHNIQUES[t].label === decision;
		let chosen: Technique | null = null;
		if (decision !== 'fact') {
			if (fits(claim.technique)) chosen = claim.technique;
			else if (fits(claim.suggestion.technique)) chosen = claim.suggestion.technique;
			else chosen = ofLabel.find((cue) => fits(cue.technique))?.technique ?? null;
		}
		return { ...claim, decision, cues, technique: chosen };
	});
}

/** Spans sorted and joined where they overlap or only white space would lie between them. */
function mergeSpans(spans: Span[], text?: string): Span[] {
	const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
	const out: Span[] = [];
	for (const span of sorted) {
		const last = out.at(-1);
		const joins =
			!!last &&
			(span.start <= last.end ||
				(text !== undefined && /^\s*$/.test(text.slice(last.end, span.start))));
		if (last && joins) {
			last.end = Math.max(last.end, span.end);
		} else out.push({ ...span });
	}
	return out;
}

/**
 * Marks or unmarks words of a claim as a cue. `start` and `end` are offsets into the claim's
 * quote (a selection, or one word), grown to whole words and trimmed of white space. Words wholly inside a chosen cue are
 * taken out of it (the rest of that cue stays); other words become a cue, joined with any cue they
 * overlap or that only white space separates them from, so "widely" then "believed" make the one
 * cue "widely believed". An empty span changes nothing.
 */
export function toggleCue(draft: Draft, claimKey: string, start: number, end: number): Draft {
	const at = findClaim(draft, claimKey);
	if (!at) return draft;
	const quote = quoteOf(at.section, at.claim);
	const whole = wholeWordsOf(quote, start, end);
	const span = trimSpan(quote, whole.start, whole.end);
	if (!span) return draft;
	const inside = at.claim.cues.find((cue) => cue.start <= span.start && span.end <= cue.end);
	let cues: Span[];
	if (inside) {
		const parts = [
			trimSpan(quote, inside.start, span.start),
			trimSpan(quote, span.end, inside.end)
		].filter((part): part is Span => part !== null);
		cues = at.claim.cues.flatMap((cue) => (cue === inside ? parts : [cue]));
	} else cues = mergeSpans([...at.claim.cues, span], quote);
	return withClaim(draft, claimKey, (claim) => ({ ...claim, cues }));
}

/**
 * Makes part of a claim a claim of its own (a sentence that is part fact, part speculation):
 * `start` and `end` are offsets into the claim's quote. The claim becomes up to three claims, in
 * order: the words before the selection, the selection, the words after it (each trimmed, empty
 * ones left out). The first part that is not the selection keeps the claim's key, decision and
 * notes; the others are new, undecided, with their own suggestion. Chosen cues go with the part
 * they lie in (cut at its edges). No change when the selection is empty or the whole claim.
 */
export function splitClaim(
	draft: Draft,
	claimKey: string,
	start: number,
	end: number,
	suggest: Suggest
): Draft {
	const at = findClaim(draft, claimKey);
	if (!at) return draft;
	const { section, claim } = at;
	const quote = quoteOf(section, claim);
	const whole = wholeWordsOf(quote, start, end);
	const chosen = trimSpan(quote, whole.start, whole.end);
	if (!chosen) return draft;
	const pieces = [
		{ span: trimSpan(quote, 0, chosen.start), selected: false },
		{ span: chosen, selected: true },
		{ span: trimSpan(quote, chosen.end, quote.length), selected: false }
	].filter((piece): piece is { span: Span; selected: boolean } => piece.span !== null);
	if (pieces.length === 1) return draft;
	let nextKey = draft.nextKey;
	let keeperFound = false;
	const claims = pieces.map(({ span, selected }) => {
		const absolute = { start: claim.start + span.start, end: claim.start + span.end };
		const cues = claim.cues.flatMap((cue) => {
			const cut = trimSpan(quote, Math.max(cue.start, span.start), Math.min(cue.end, span.end));
			return cut && cut.start < cut.end && cue.start < span.end && span.start < cue.end
				? [{ start: cut.start - span.start, end: cut.end - span.start }]
				: [];
		});
		if (!selected && !keeperFound) {
			keeperFound = true;
			const suggestion = suggestionFor(section.text.slice(absolute.start, absolute.end), suggest);
			return { ...claim, ...absolute, cues, suggestion };
		}
		const fresh = newClaim(`c${nextKey++}`, section.text, absolute, suggest);
		return { ...fresh, cues };
	});
	const updated = { ...section, claims: section.claims.toSpliced(at.c, 1, ...claims) };
	return { ...withSection(draft, at.s, updated), nextKey };
}

/** The notes of a claim the teacher writes, any of which can be changed at once. */
export type ClaimNotes = Partial<
	Pick<DraftClaim, 'technique' | 'explanation' | 'check' | 'finding'>
>;

/** Changes a claim's technique, explanation, check or finding. */
export function editClaim(draft: Draft, claimKey: string, notes: ClaimNotes): Draft {
	return withClaim(draft, claimKey, (claim) => ({ ...claim, ...notes }));
}

/** The module's details the teacher fills in (title, summary, source, licence, rights). */
export type DraftDetails = Partial<
	Pick<Draft, 'title' | 'summary' | 'source' | 'licence' | 'rights'>
>;

/** Changes the module's details. */
export function editDetails(draft: Draft, details: DraftDetails): Draft {
	return { ...draft, ...details };
}

/**
 * Whether a value is a draft that every edit here can work on: the shape of `Draft`, and
 * offsets that fit (claims in order, apart, inside their section's text and trimmed; cues and
 * suggested cues inside their claim; keys unique and below `nextKey`).
 */
export function isDraft(value: unknown): value is Draft {
	if (!isDraftShape(value)) return false;
	const draft = value as Draft;
	const keys = new Set<string>();
	const fresh = (key: string) => {
		const number = Number(key.slice(1));
		if (keys.has(key) || number >= draft.nextKey) return false;
		keys.add(key);
		return true;
	};
	for (const section of draft.sections) {
		if (!fresh(section.key)) return false;
		let from = 0;
		for (const claim of section.claims) {
			if (!fresh(claim.key) || claim.start < from || claim.end <= claim.start) return false;
			if (claim.end > section.text.length) return false;
			const quote = quoteOf(section, claim);
			if (quote !== quote.trim()) return false;
			const fits = (cue: Span) => cue.start >= 0 && cue.end > cue.start && cue.end <= quote.length;
			if (!claim.cues.every(fits) || !claim.suggestion.cues.every(fits)) return false;
			from = claim.end;
		}
	}
	return true;
}
