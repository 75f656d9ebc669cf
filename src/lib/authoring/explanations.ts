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

/** A fact told by reporting who said what: that it was said is the fact, not what was said. */
const REPORTED_FACT =
	'{cue} {reports|report} who said what. That it was said can be checked, even if what was said is only a guess: a hedge inside a quotation is the speaker’s, not the writer’s.';

/** A fact whose only cue is a booster: sounding sure is not what makes it a fact. */
const BOOSTED_FACT =
	'{cue} only {makes|make} it sound sure, and sounding sure proves nothing. What makes it a fact is the rest: it is stated plainly, and you could check it.';

/** A cue word, with the kind of cue the suggester found it to be when it did. */
export type CueWord = string | { text: string; kind?: CueKind };

const textOf = (cue: CueWord) => (typeof cue === 'string' ? cue : cue.text);
const kindOf = (cue: CueWord) => (typeof cue === 'string' ? undefined : cue.kind);

/**
 * The explanation a claim is offered: the template of its technique (or of a stated fact) with
 * its cue words filled in, quoted and joined ("“may” and “perhaps”"). Takes the label, the
 * technique (ignored for a fact) and the cue words, each a string or `{ text, kind }` with the
 * kind the suggester gave it. Where kinds are known, the sentence speaks only of the cues it is
 * true of: a technique's template names the cues of that technique, and a fact whose cues report
 * a quotation or who said it gets the template for reported speech (a hedge inside a quotation
 * belongs to the speaker); a fact is explained by its checkable cues, not by a booster ("clearly"),
 * which only makes it sound sure. Quotation marks at a cue's ends are left off, as the cue is quoted.
 * Returns null when there is no template to fill: no cue words, or a speculation or opinion
 * without a technique.
 */
export function suggestedExplanation(
	label: Label,
	technique: Technique | null,
	cues: readonly CueWord[]
): string | null {
	if (!cues.length) return null;
	const reported = cues.filter((cue) => ['attribution', 'quotation'].includes(kindOf(cue) ?? ''));
	const attributions = reported.filter((cue) => kindOf(cue) === 'attribution');
	let named: readonly CueWord[] = cues;
	let template: string | null;
	if (label === 'fact') {
		const checkable = cues.filter((cue) => kindOf(cue) !== 'booster');
		template = reported.length
			? REPORTED_FACT
			: checkable.length
				? EXPLANATION_TEMPLATES.fact
				: BOOSTED_FACT;
		if (reported.length) named = attributions.length ? attributions : reported;
		else if (checkable.length) named = checkable;
	} else {
		template = technique && EXPLANATION_TEMPLATES[technique];
		const own = cues.filter((cue) => kindOf(cue) === technique);
		if (own.length) named = own;
	}
	if (!template) return null;
	const quoted = named.map((cue) => `“${textOf(cue).replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')}”`);
	const list =
		quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
	const text = template
		.replace('{cue}', list)
		.replace(/\{([^|}]*)\|([^}]*)\}/g, (_, one, many) => (named.length === 1 ? one : many));
	return text.charAt(0).toUpperCase() + text.slice(1);
}
