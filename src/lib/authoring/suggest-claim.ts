import type { Label } from '../content/labels';
import type { Technique } from '../content/techniques';
import { labelOfCueKind } from './cue-label';
import {
	CUE_LEXICON,
	FACT_PATTERNS,
	patternToRegExp,
	wholeWords,
	type CueKind
} from './cue-lexicon';

/** A cue found in a sentence. Offsets are UTF-16 code units into the sentence, end exclusive. */
export interface SuggestedCue {
	start: number;
	end: number;
	/** The sentence's own words at [start, end). */
	text: string;
	kind: CueKind;
	/** What the teacher reads: "'may' is a hedge: the writer is not sure". */
	reason: string;
	/** For words set aside as a reported source's (a hedge inside a quotation): who said them. */
	speaker?: string;
}

/** What {@link suggestClaim} proposes for one sentence. Nothing in it is accepted by itself. */
export interface ClaimSuggestion {
	label: Label;
	/** For speculation and opinion: the technique the strongest cue names. */
	technique?: Technique;
	/** The cues behind the suggested label, in the order of the sentence. */
	cues: SuggestedCue[];
	/** Cues of the other labels that were found too (a number in a speculation), in order. */
	alsoFound: SuggestedCue[];
	/** Words that look like cues but are not the writer's here, each with why (in order). */
	setAside: SuggestedCue[];
	/**
	 * True when the sentence gives a scheduled event with its date ("will open on 1 June"): a
	 * timetable, which a published schedule can confirm although it has not happened yet.
	 */
	timetable: boolean;
	/** How sure the suggestion is: low when no cue at all was found. */
	confidence: 'low' | 'medium' | 'high';
	/** One sentence on why the label is suggested, for the teacher. */
	why: string;
}

/** The longest sentence {@link suggestClaim} takes, in UTF-16 code units. */
export const MAX_SENTENCE_LENGTH = 5000;

const SPECULATION_ORDER: Technique[] = [
	'conditional',
	'unnamed-consensus',
	'guessed-motive',
	'hedge',
	'inference',
	'prediction'
];
const OPINION_ORDER: Technique[] = [
	'rhetorical-instruction',
	'loaded-question',
	'loaded-word',
	'value-judgement'
];

let compiled: { regex: RegExp; kind: CueKind; reason: string }[] | undefined;
function lexicon() {
	compiled ??= CUE_LEXICON.map(({ pattern, kind, reason }) => ({
		regex: patternToRegExp(pattern),
		kind,
		reason
	}));
	return compiled;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

/** The words as the teacher reads them in a reason: quoted, unless they are a quotation already. */
const quoted = (text: string) => (/^["“‘]/.test(text) ? text : `'${text}'`);

function cueAt(
	sentence: string,
	start: number,
	end: number,
	kind: CueKind,
	reason: string
): SuggestedCue {
	const text = sentence.slice(start, end);
	return { start, end, text, kind, reason: `${quoted(text)} ${reason}` };
}

function labelOf(kind: CueKind): Label | undefined {
	return labelOfCueKind(kind) ?? undefined;
}

/** Keeps the longest of overlapping cues (the earlier one when as long), in sentence order. */
function longestFirst(cues: SuggestedCue[]): SuggestedCue[] {
	const kept: SuggestedCue[] = [];
	const byLength = [...cues].sort(
		(a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start
	);
	for (const cue of byLength) if (!kept.some((k) => overlaps(k, cue))) kept.push(cue);
	return kept.sort((a, b) => a.start - b.start);
}

/** Spans of quoted text, quotation marks included: “…”, "…" and ‘…’ (not apostrophes). */
function quotations(sentence: string): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	const pattern = /“[^”]*”?|"[^"]*"?|(?<![\p{L}\p{N}])‘[^’]*(?:’(?![\p{L}])|$)/gu;
	for (const match of sentence.matchAll(pattern)) {
		if (match[0].length > 1) spans.push({ start: match.index, end: match.index + match[0].length });
	}
	return spans;
}

const UNNAMED =
	/\b(some|many|most|several|critics|experts|observers|analysts|sources?|people|reports|commentators|insiders|scientists|scholars|others|everyone|rumou?rs?)\b/i;
// Offices and jobs that speak for a body, with no person named.
const UNNAMED_ROLE =
	/\b(officials?|authorities|investigators|organi[sz]ers|spokes(?:person|man|woman)|prosecutors?)\b/i;
const NAMED_BODY =
	/\b(he|she|they|we|i|council|ministry|minister|government|police|court|company|spokes(?:person|man|woman)|department|agency|website|report|statement|committee|office|army|military|president|mayor|officer|official|head|teacher|judge|prosecutors?|school|hospital|university|survey)\b/i;
const FUNCTION_WORDS = new Set(
	'The A An This That These Those It Its Some Many Most Several Both All Such In On At After Before But And Or So If When While As For With'.split(
		' '
	)
);
const hasName = (text: string) =>
	text.split(/[^\p{L}'’-]+/u).some((word) => /^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word)) ||
	NAMED_BODY.test(text);

/** Capitalised words only ("Dr. Anna Kovacs", "Kovacs"): a person's name, as an appositive follows. */
const isPersonName = (text: string) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u.test(text);

/** Where a sentence reports what a named source said, and the cues its unnamed sources give. */
interface Reported {
	/** Spans whose words are the source's, not the writer's, each with who the source is. */
	spans: { start: number; end: number; who: string }[];
	/** "officials said": who said what, by an office or job rather than a person's name. */
	roles: SuggestedCue[];
	/** "some residents said": an unnamed crowd, whatever verb it is given. */
	crowds: SuggestedCue[];
}

const ROLE_REASON =
	'reports who said what, but names no person: you could check it only with the body they speak for';
const CROWD_REASON = 'is an unnamed consensus: who says so is not named';

/** The first match of the pattern in the words, as [start, end) into the sentence, or null. */
function wordAt(pattern: RegExp, sentence: string, from: number, to: number) {
	const m = sentence.slice(from, to).match(pattern);
	if (!m || m.index === undefined) return null;
	let end = from + m.index + m[0].length;
	// "some residents", "many parents": a quantifier goes with the noun after it.
	if (/^(some|many|most|several)$/i.test(m[0]))
		end += sentence.slice(end, to).match(/^\s+[\p{L}'’-]+/u)?.[0].length ?? 0;
	return [from + m.index, end] as const;
}

/** Where the last five words of [from, to) begin, or (with `first`) where its first three end. */
function fewWords(sentence: string, from: number, to: number, first: boolean) {
	const words = [...sentence.slice(from, to).matchAll(/\S+/g)];
	const few = first ? words.slice(0, 3) : words.slice(-5);
	if (!few.length) return first ? from : to;
	const edge = first ? few.at(-1)! : few[0];
	return from + edge.index! + (first ? edge[0].length : 0);
}

/**
 * Who the sentence reports, for each attribution verb in it:
 * - a named source (a name, or a body such as "the ministry"): what it said is its own, so
 *   "according to <source>" covers the whole sentence, "<Name> said" what follows the verb and
 *   "…, said <Name>" what comes before it; quotations count as the source's too;
 * - an office or job with no person named ("officials said", "a spokesperson said"): still who
 *   said what, so the same spans, with the role and verb as one attribution cue;
 * - an unnamed crowd ("some residents said", "according to sources", "critics said"): an
 *   unnamed consensus, as "critics claim" and "experts believe" are in the lexicon.
 * The role or crowd must stand among the five words before its verb ("a source close to the
 * minister said") or the three after it ("said a spokesperson").
 */
function reportedSpans(sentence: string, attributions: SuggestedCue[]): Reported {
	const found: Reported = { spans: [], roles: [], crowds: [] };
	const cue = (from: number, to: number, role: boolean) =>
		(role ? found.roles : found.crowds).push(
			cueAt(
				sentence,
				from,
				to,
				role ? 'attribution' : 'unnamed-consensus',
				role ? ROLE_REASON : CROWD_REASON
			)
		);
	// A real sentence reports a few sources at most; the cap keeps a hostile paste linear.
	for (const verb of attributions.slice(0, 8)) {
		// The source's words: after "according to" or a verb with nothing before it, else before.
		let from = verb.start;
		while (from > 0 && !',;:“”"'.includes(sentence[from - 1])) from--;
		// "Dr. Anna Kovacs, the city engineer, said": the job between commas describes the name
		// before it, and the name is who said it.
		if (sentence[from - 1] === ',' && !sentence.slice(from, verb.start).trim()) {
			let job = from - 1;
			while (job > 0 && !',;:“”"'.includes(sentence[job - 1])) job--;
			let name = job - 1;
			while (name > 0 && !',;:“”"'.includes(sentence[name - 1])) name--;
			const role = sentence.slice(job, from - 1).trim();
			const person = sentence.slice(name, job - 1).trim();
			const first = person.split(/\s+/)[0];
			if (
				sentence[job - 1] === ',' &&
				/^[\p{Ll}\p{N}]/u.test(role) &&
				role.split(/\s+/).length <= 6 &&
				isPersonName(person) &&
				!FUNCTION_WORDS.has(first) &&
				!CALENDAR.test(first)
			)
				from = name;
		}
		const before = !/^according/i.test(verb.text) && sentence.slice(from, verb.start).trim();
		const after = sentence
			.slice(verb.end)
			.match(/^(\s+)((?:the\s+)?[^,;.!?]{1,40})/)
			?.slice(1);
		const [start, end] = before
			? [from, verb.start]
			: [
					verb.end + (after?.[0].length ?? 0),
					verb.end + (after?.[0].length ?? 0) + (after?.[1].length ?? 0)
				];
		if (start >= end) continue;
		const who = sentence.slice(start, end).replace(/,\s*$/, '');
		const near = before
			? [fewWords(sentence, start, end, false), end]
			: [start, fewWords(sentence, start, end, true)];
		const crowd = wordAt(UNNAMED, sentence, near[0], near[1]);
		const role = !crowd && wordAt(UNNAMED_ROLE, sentence, near[0], near[1]);
		if (crowd) cue(before ? crowd[0] : verb.start, before ? verb.end : crowd[1], false);
		else if (role) cue(before ? role[0] : verb.start, before ? verb.end : role[1], true);
		const according = /^according/i.test(verb.text);
		if (crowd || UNNAMED.test(who) || !(role || according || hasName(who))) continue;
		const span = according
			? { start: 0, end: sentence.length }
			: before
				? // "<Name> said …" gives what follows; "…, <Name> said." what came before the name.
					/^[\s.!?”"’)]*$/.test(sentence.slice(verb.end))
					? { start: 0, end: from }
					: { start: verb.end, end: sentence.length }
				: { start: 0, end: verb.start };
		// "It reports what officials said", not "what Officials said".
		const opens = /^\s*$/.test(sentence.slice(0, start));
		const first = who.trim().split(/\s+/)[0];
		const common = FUNCTION_WORDS.has(first) || UNNAMED_ROLE.test(first) || NAMED_BODY.test(first);
		const named = opens && common ? who.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : who;
		found.spans.push({ ...span, who: named.trim() });
	}
	if (found.spans.length)
		for (const q of quotations(sentence)) found.spans.push({ ...q, who: found.spans[0].who });
	return found;
}

/** Runs of capitalised words that are not the sentence's first word alone: names of people, places, bodies. */
function names(sentence: string): SuggestedCue[] {
	const words = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|\([\p{Lu}]{2,}\)/gu)];
	// A heading in title case capitalises every word but the short joining ones, so capitals say
	// nothing there ("Azerbaijan’s Role in Regional Tensions With Iran").
	const titleCase = words.every(
		(w) =>
			/^[\p{Lu}\p{N}(]/u.test(w[0]) || /^(a|an|the|of|on|in|at|to|by|for|and|or|with)$/.test(w[0])
	);
	if (words.length >= 3 && titleCase) return [];
	const found: SuggestedCue[] = [];
	let run: RegExpMatchArray[] = [];
	const flush = () => {
		while (run.length && !/^[\p{Lu}(]/u.test(run[run.length - 1][0])) run.pop();
		while (run.length && FUNCTION_WORDS.has(run[0][0])) run.shift();
		const first = run[0];
		const atStart = first && /^[\s“"‘(]*$/.test(sentence.slice(0, first.index));
		const alone = run.length === 1;
		if (
			first &&
			!(atStart && alone) &&
			!(alone && FUNCTION_WORDS.has(first[0])) &&
			first[0] !== 'I'
		) {
			const last = run[run.length - 1];
			const end = last.index! + last[0].replace(/(?:['’]s)?[.’']*$/, '').length;
			found.push(cueAt(sentence, first.index!, end, 'name', 'names a person, place or body'));
		}
		run = [];
	};
	for (const word of words) {
		const gap = run.length
			? sentence.slice(run[run.length - 1].index! + run[run.length - 1][0].length, word.index)
			: ' ';
		const joined = /^[ -]?$/.test(gap);
		// A month or weekday before a number is a date, not part of a name ("Aliyev on June 27");
		// after a name it is one ("Theresa May").
		const end = word.index! + word[0].length;
		if (CALENDAR.test(word[0]) && (!run.length || /^,? \d/.test(sentence.slice(end)))) flush();
		else if (/^[\p{Lu}(]/u.test(word[0]) && joined) run.push(word);
		else if (run.length && joined && /^(of|on|for|and|the|de|al)$/.test(word[0])) run.push(word);
		else {
			flush();
			if (/^[\p{Lu}]/u.test(word[0])) run.push(word);
		}
	}
	flush();
	return found.filter((cue) => !FUNCTION_WORDS.has(cue.text));
}

const CALENDAR =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight)$/;
const SCHEDULED =
	/^\s+(?:not\s+)?(?:be\s+)?(?:open|opened|close|closed|start|started|begin|end|run|take place|held|publish|published|release|released|leave|depart|arrive|meet|vote|launch|launched|reopen|reopened|resume|finish|go on sale|come into force|take effect)\b/i;
const MODAL = /\b(would|could|might|may|will|won't)\b/i;

/**
 * Suggests a label, a technique and cue words for one sentence (or any part of one a teacher
 * selects), from the lexicon in ./cue-lexicon.ts and these context rules:
 * - "May" is a month next to a day or year, after "in", "on", "since"…, or capitalised inside the
 *   sentence; only lower-case "may" (or "May" opening a sentence with no date) is a hedge.
 * - A named source's reported words ("<Name> said…", "according to the ministry, …", a direct
 *   quotation attributed to someone) are the speaker's: their hedges, predictions and loaded
 *   words are set aside and the sentence is a fact about who said what. So is an office or job
 *   that speaks with no person named ("officials said", "a spokesperson said"). An unnamed crowd
 *   ("critics claim", "experts say", "some residents said", "according to sources"), or what
 *   unnamed officials believe ("officials believe"), is an unnamed consensus instead.
 * - Boosters ("clearly", "undoubtedly", "there is no doubt that") make a claim sound sure and
 *   prove nothing: they are shown, but leave the label to the rest of the sentence; the words
 *   inside them are not hedges ("doubt"). "Could not be reached" is no hedge either, but "will
 *   not" still predicts, "may not" still hedges and "almost certainly" is a hedge.
 * - Numbers that go together are one cue: "7 to 2", "7-2", "between 5 and 10", "3 out of 4".
 * - "will" is a prediction unless the sentence gives a date or time for a scheduled event it
 *   names ("will open on 1 June", "will be published on 1 December"): that is a timetable.
 * - "if" and "unless" are conditionals only with a modal (would, could, might, may, will).
 * - "should" and "must" are opinion (value judgement); "should remember" is a rhetorical
 *   instruction; a question starting "Why" is a loaded question.
 * The label is opinion or speculation when the writer's own cues of that label are found
 * (opinion wins a tie), otherwise fact. Takes the sentence as a string; offsets in the result are
 * UTF-16 code units into it. Throws a TypeError for a non-string and a RangeError for a sentence
 * longer than {@link MAX_SENTENCE_LENGTH}.
 */
export function suggestClaim(sentence: string): ClaimSuggestion {
	if (typeof sentence !== 'string') throw new TypeError('A claim must be text.');
	if (sentence.length > MAX_SENTENCE_LENGTH)
		throw new RangeError(`A claim can be at most ${MAX_SENTENCE_LENGTH} characters long.`);

	const raw: SuggestedCue[] = [];
	for (const { regex, kind, reason } of lexicon()) {
		for (const [start, end] of wholeWords(regex, sentence))
			raw.push(cueAt(sentence, start, end, kind, reason));
	}
	for (const { regex, kind, reason } of FACT_PATTERNS) {
		for (const m of sentence.matchAll(regex))
			raw.push(cueAt(sentence, m.index, m.index + m[0].length, kind, reason));
	}
	const setAside: SuggestedCue[] = [];
	const aside = (cue: SuggestedCue, why: string, speaker?: string) =>
		setAside.push({ ...cue, reason: `${quoted(cue.text)} ${why}`, ...(speaker && { speaker }) });

	const dates = raw.filter((c) => c.kind === 'date');
	const opening = (c: SuggestedCue) => /^[\s“"‘(]*$/.test(sentence.slice(0, c.start));
	let cues = raw.filter((cue) => {
		if (cue.kind === 'hedge' && /^may$/i.test(cue.text)) {
			const month = dates.some((d) => overlaps(d, cue)) || (cue.text === 'May' && !opening(cue));
			// "May Johnson, 42, opened…": a name, where a hedge is followed by a verb ("May I…"
			// aside, a capitalised word after "May" starts a name)
			const name = cue.text === 'May' && /^ \p{Lu}\p{Ll}+(?!\p{L})/u.test(sentence.slice(cue.end));
			if (month || (name && !/^ I\b/.test(sentence.slice(cue.end)))) return false;
		}
		if (cue.kind === 'prediction' && cue.text === 'Will' && !opening(cue)) return false;
		return true;
	});

	// Phrases that look like cues but are not: set aside whatever they overlap ("spoke clearly"
	// is no booster). A booster sets aside the words inside it ("doubt" in "no doubt").
	const guards = cues.filter((c) => c.kind === 'not-a-cue');
	cues = cues.filter((c) => c.kind !== 'not-a-cue');
	cues = cues.filter((cue) => {
		const guard = guards.find(
			(g) => overlaps(g, cue) && (labelOf(cue.kind) !== 'fact' || cue.kind === 'booster')
		);
		if (guard) aside(cue, `is part of '${guard.text}', which is not a cue here`);
		return !guard;
	});
	const wholeBoosters = longestFirst(cues.filter((c) => c.kind === 'booster'));
	cues = cues.filter((cue) => {
		const booster = wholeBoosters.find(
			(b) => b.start <= cue.start && cue.end <= b.end && labelOf(cue.kind) !== 'fact'
		);
		if (booster) aside(cue, `is part of '${booster.text}', a booster: it sounds sure, not unsure`);
		return !booster;
	});

	// Technique cues win over the fact signals they overlap ("Demonization" is not a name).
	let techniqueCues = longestFirst(cues.filter((c) => labelOf(c.kind) !== 'fact'));
	let factCues = longestFirst([
		...cues.filter((c) => labelOf(c.kind) === 'fact'),
		...names(sentence)
	]).filter((c) => !techniqueCues.some((t) => overlaps(t, c)));

	// Who said it: reported words are the speaker's, and a named source is a fact signal.
	const attributions = factCues.filter((c) => c.kind === 'attribution');
	const { spans: reported, roles, crowds } = reportedSpans(sentence, attributions);
	factCues = factCues.filter((c) => {
		if (c.kind === 'booster') {
			// "The mayor said the plan will certainly fail": the mayor's certainty, not the writer's.
			const span = reported.find((r) => c.start >= r.start && c.end <= r.end);
			if (span)
				aside(c, `is reported from ${span.who}: the speaker's words, not the writer's`, span.who);
			return !span;
		}
		return c.kind !== 'attribution' || reported.length > 0;
	});
	factCues.push(...roles);
	techniqueCues.push(...crowds);
	if (reported.length) {
		for (const q of quotations(sentence))
			if (!factCues.some((c) => overlaps(c, q) && c.kind === 'attribution'))
				factCues.push(
					cueAt(
						sentence,
						q.start,
						q.end,
						'quotation',
						'is a direct quotation: the speaker’s own words'
					)
				);
	}

	// What an unnamed crowd says ("critics claim the plan is a waste") rests on that crowd.
	techniqueCues = longestFirst(techniqueCues);
	const crowd = techniqueCues.find((c) => c.kind === 'unnamed-consensus');
	const hasDate = factCues.some((c) => c.kind === 'date');
	const condition = /\b(?:if|unless)\b/i.test(sentence);
	// "said the work would start": "would" tells, in the past, what was said would happen.
	const toldFuture = (cue: SuggestedCue) =>
		/^would$/i.test(cue.text) &&
		!condition &&
		raw.some((a) => a.kind === 'attribution' && a.end <= cue.start);
	let timetable = false;
	let writers = techniqueCues.filter((cue) => {
		const span = reported.find((r) => cue.start >= r.start && cue.end <= r.end);
		if (span) {
			const why = toldFuture(cue)
				? `is reported from ${span.who}: what they said would happen, not a condition`
				: `is reported from ${span.who}: the speaker's words, not the writer's`;
			aside(cue, why, span.who);
			return false;
		}
		if (toldFuture(cue)) {
			aside(cue, 'tells what was said would happen: the speaker’s words, not a condition');
			return false;
		}
		if (crowd && cue.start >= crowd.end && labelOf(cue.kind) === 'opinion') {
			aside(cue, `is what '${crowd.text}' holds: the claim rests on an unnamed crowd`);
			return false;
		}
		if (cue.kind === 'prediction' && hasDate && SCHEDULED.test(sentence.slice(cue.end))) {
			aside(cue, 'goes with a scheduled event and its date: a timetable, not a prediction');
			timetable = true;
			return false;
		}
		if (/^(if|unless)$/i.test(cue.text) && !MODAL.test(sentence)) {
			aside(cue, 'sets a condition with no would, could or might: not a guess');
			return false;
		}
		return true;
	});
	factCues = longestFirst(factCues).filter(
		(c) =>
			!writers.some((w) => overlaps(w, c)) &&
			(c.kind !== 'quotation' ||
				!factCues.some((o) => o !== c && o.kind === 'attribution' && overlaps(o, c)))
	);

	// A date of what is still to come did not happen: it is planned, or expected.
	const future =
		timetable ||
		writers.some((c) => c.kind === 'prediction') ||
		setAside.some((c) => c.kind === 'prediction' || toldFuture(c));
	if (future)
		factCues = factCues.map((c) =>
			c.kind === 'date' && c.reason.endsWith(': when it happened')
				? {
						...c,
						reason: `${quoted(c.text)} ${timetable ? 'is a date in a timetable: when it is planned to happen' : 'is a date: when it is expected to happen'}`
					}
				: c
		);

	const question = sentence.trim().match(/^[“"‘(]*(Why|How (?:can|could|come))\b.*\?[”"’)]*$/su);
	if (question) {
		const start = sentence.indexOf(question[1]);
		const cue = cueAt(
			sentence,
			start,
			start + question[1].length,
			'loaded-question',
			'opens a loaded question: it takes its answer for granted'
		);
		writers = [...writers.filter((c) => !overlaps(c, cue)), cue].sort((a, b) => a.start - b.start);
	}

	const speculation = writers.filter((c) => labelOf(c.kind) === 'speculation');
	const opinion = writers.filter((c) => labelOf(c.kind) === 'opinion');
	const bySentence = (a: SuggestedCue, b: SuggestedCue) => a.start - b.start;
	setAside.sort(bySentence);
	factCues.sort(bySentence);

	if (opinion.length && opinion.length >= speculation.length) {
		return {
			label: 'opinion',
			technique: OPINION_ORDER.find((t) => opinion.some((c) => c.kind === t)),
			cues: opinion,
			alsoFound: [...speculation, ...factCues].sort(bySentence),
			setAside,
			timetable,
			confidence: speculation.length ? 'medium' : 'high',
			why: `The writer judges as well as describes (${quoteList(opinion)}).`
		};
	}
	if (speculation.length) {
		return {
			label: 'speculation',
			technique: SPECULATION_ORDER.find((t) => speculation.some((c) => c.kind === t)),
			cues: speculation,
			alsoFound: [...opinion, ...factCues].sort(bySentence),
			setAside,
			timetable,
			confidence: opinion.length ? 'medium' : 'high',
			why: `The writer is not stating this as certain (${quoteList(speculation)}).`
		};
	}
	// A booster makes it sound sure, which is no proof: only the other signals make it checkable.
	const boosters = factCues.filter((c) => c.kind === 'booster');
	const checkable = factCues.filter((c) => c.kind !== 'booster');
	const sure = boosters.length
		? ` The writer sounds sure (${quoteList(boosters)}), but that is no proof.`
		: '';
	return {
		label: 'fact',
		cues: factCues,
		alsoFound: [],
		setAside,
		timetable,
		confidence: checkable.length ? (checkable.length > 1 ? 'high' : 'medium') : 'low',
		why:
			(reported.length
				? // "what Dr. Anna Kovacs, the city engineer, said": an aside between commas closes.
					`It reports what ${reported[0].who}${reported[0].who.includes(',') ? ',' : ''} said: a fact about who said what (${quoteList(checkable)}).`
				: checkable.length
					? `No hedge or judgement of the writer's, and it names checkable details (${quoteList(checkable)}).`
					: 'No hedge, judgement or checkable detail found: read it yourself before you label it.') +
			sure
	};
}

const quoteList = (cues: SuggestedCue[]) => cues.map((c) => quoted(c.text)).join(', ');
