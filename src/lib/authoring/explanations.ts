import type { Label } from '$lib/content/labels';
import type { Technique } from '$lib/content/techniques';
import type { CueKind } from './cue-lexicon';

/**
 * A ready explanation per technique (and for a stated fact), worded for a 15-year-old, that a
 * teacher can accept or rewrite. `{cue}` stands for the claim's cue words, quoted; `{one|many}`
 * is the wording for one cue word or for several ("gives" or "give"). A student sees the
 * technique's name just before it ("This is a loaded word."), so no template names it again.
 */
export const EXPLANATION_TEMPLATES: Record<Technique | 'fact', string> = {
	fact: '{cue} {gives|give} details you could look up, and the writer states them plainly, without a hedge.',
	hedge:
		'{cue} {shows|show} the writer is not sure: {it says|they say} what might be so, not what is.',
	'unnamed-consensus':
		'{cue} {says|say} that many people think so, but never {says|say} who: nobody named can be asked.',
	'guessed-motive':
		'{cue} {guesses|guess} what people feel or want. The writer cannot see inside their heads and quotes no one who said so.',
	prediction:
		'{cue} {says|say} what will happen. Nobody can check the future yet, so it is a guess.',
	conditional:
		'{cue} {says|say} what would happen if something else happened first. It has not happened, so it is a guess.',
	inference:
		'{cue} {draws|draw} a conclusion the text does not show: the writer works it out instead of reporting it.',
	'loaded-word': '{cue} {tells|tell} you how to feel about what happened, not what happened.',
	'value-judgement':
		'{cue} {judges|judge} whether something is good or bad. That is the writer’s view, not something you can check.',
	'loaded-question':
		'{cue} {asks|ask} a question that already takes its answer for granted, to push you towards the writer’s view.',
	'rhetorical-instruction':
		'{cue} {tells|tell} you, the reader, what to think or do. That is the writer’s opinion.'
};

/**
 * A fact told by reporting who said what: that it was said is the fact, not what was said. The
 * parts after the first sentence are added only when the claim has what they speak of.
 */
const REPORTED_FACT = {
	who: '{cue} {reports|report} who said what, so you could check that it was said.',
	details: '{cue} {is a detail|are details} you could check too.',
	quotation: 'The words in quotation marks are the speaker’s own.',
	quotedSpoken:
		'The words in quotation marks are the speaker’s own, so {cue} in them {is|are} the speaker’s, not the writer’s.',
	spoken:
		'{cue} {comes|come} from the source, not from the writer: the writer only reports {it|them}.'
};

/** A fact about a scheduled event with its date: a timetable, planned but still to come. */
const TIMETABLE_FACT =
	'{cue} {gives|give} details of a timetable. It has not happened yet, but you could check in a published schedule that it is planned, and the writer states it plainly, without a hedge.';

/** A fact whose only cue is a booster: sounding sure is not what makes it a fact. */
const BOOSTED_FACT =
	'{cue} only {makes|make} it sound sure, and sounding sure proves nothing. What makes it a fact is the rest: it is stated plainly, and you could check it.';

/** A cue word, with the kind of cue the suggester found it to be when it did. */
export type CueWord = string | { text: string; kind?: CueKind };

const textOf = (cue: CueWord) => (typeof cue === 'string' ? cue : cue.text);
const kindOf = (cue: CueWord) => (typeof cue === 'string' ? undefined : cue.kind);

/** What the suggester found about the sentence as a whole, beyond its cue words. */
export interface ExplanationContext {
	/**
	 * Words a reported source said, set aside as the speaker's and not the writer's ("might" in
	 * "“It might close,” said the mayor", "would" in "She said it would start in June").
	 */
	spoken?: readonly string[];
	/** The sentence gives a scheduled event with its date ("will open on 1 June"): a timetable. */
	timetable?: boolean;
}

const CHECKABLE = new Set<CueKind | undefined>(['date', 'number', 'record']);
const WHO = new Set<CueKind | undefined>(['attribution', 'name']);

/** Quotation marks at a cue's ends are left off, as the cue is quoted again. */
const bare = (text: string) => text.replace(/^["“”'‘’]+|["“”'‘’]+$/g, '');

/**
 * A template with its cue words filled in, quoted and joined ("“may” and “perhaps”"), and its
 * `{one|many}` wording chosen for one cue word or several; the first letter capitalised.
 */
function fill(template: string, words: readonly string[]): string {
	const quoted = words.map((word) => `“${bare(word)}”`);
	const list =
		quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
	const text = template
		.replace('{cue}', list)
		.replace(/\{([^|}]*)\|([^}]*)\}/g, (_, one, many) => (words.length === 1 ? one : many));
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The explanation a claim is offered: the template of its technique (or of a stated fact) with
 * its cue words filled in, quoted and joined ("“may” and “perhaps”"). Takes the label, the
 * technique (ignored for a fact), the cue words, each a string or `{ text, kind }` with the kind
 * the suggester gave it, and optionally what the suggester found about the whole sentence (see
 * {@link ExplanationContext}). Where kinds are known, the sentence speaks only of the cues it is
 * true of: a technique's template names the cues of that technique; a fact whose cues report a
 * quotation or who said it gets the template for reported speech, naming who said it, then the
 * checkable details (dates, numbers) it found, and speaking of a quotation or of the speaker's
 * hedge only when the claim has one; a fact about a scheduled event with its date is a timetable,
 * checkable although still to come; a fact is explained by its checkable cues, not by a booster
 * ("clearly"), which only makes it sound sure. Quotation marks at a cue's ends are left off, as
 * the cue is quoted. Returns null when there is no template to fill: no cue words, or a
 * speculation or opinion without a technique.
 */
export function suggestedExplanation(
	label: Label,
	technique: Technique | null,
	cues: readonly CueWord[],
	context: ExplanationContext = {}
): string | null {
	if (!cues.length) return null;
	if (label !== 'fact') {
		const template = technique && EXPLANATION_TEMPLATES[technique];
		if (!template) return null;
		const own = cues.filter((cue) => kindOf(cue) === technique);
		return fill(template, (own.length ? own : cues).map(textOf));
	}
	const quotations = cues.filter((cue) => kindOf(cue) === 'quotation');
	const attributions = cues.filter((cue) => kindOf(cue) === 'attribution');
	if (attributions.length || quotations.length) {
		const who = attributions.length ? cues.filter((cue) => WHO.has(kindOf(cue))) : quotations;
		const details = cues.filter((cue) => CHECKABLE.has(kindOf(cue)));
		const spoken = context.spoken ?? [];
		const parts = [fill(REPORTED_FACT.who, who.map(textOf))];
		if (details.length) parts.push(fill(REPORTED_FACT.details, details.map(textOf)));
		if (quotations.length && spoken.length) parts.push(fill(REPORTED_FACT.quotedSpoken, spoken));
		else if (spoken.length) parts.push(fill(REPORTED_FACT.spoken, spoken));
		else if (quotations.length && attributions.length) parts.push(REPORTED_FACT.quotation);
		return parts.join(' ');
	}
	const checkable = cues.filter((cue) => kindOf(cue) !== 'booster');
	if (!checkable.length) return fill(BOOSTED_FACT, cues.map(textOf));
	return fill(
		context.timetable ? TIMETABLE_FACT : EXPLANATION_TEMPLATES.fact,
		checkable.map(textOf)
	);
}

/**
 * What {@link suggestedExplanation} needs to know of a sentence beyond its cue words, from what
 * `suggestClaim` found in it: the words it set aside as a reported source's (those with a
 * `speaker`), and whether it is a timetable. Takes the suggestion (or null, when there is none);
 * returns an {@link ExplanationContext}.
 */
export function explanationContext(
	suggestion: {
		setAside: readonly { text: string; speaker?: string }[];
		timetable: boolean;
	} | null
): ExplanationContext {
	if (!suggestion) return {};
	return {
		spoken: suggestion.setAside.filter((cue) => cue.speaker).map((cue) => cue.text),
		timetable: suggestion.timetable
	};
}
