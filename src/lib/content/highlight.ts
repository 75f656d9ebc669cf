/**
 * A run of text, marked as part of the claim and/or as a cue word; `far` marks text of the
 * paragraph outside the sentence(s) the claim sits in.
 */
export interface Segment {
	text: string;
	claim: boolean;
	cue: boolean;
	far?: boolean;
}

// A sentence ends with . ! or ?, perhaps closing quotes or brackets, then white space: "1.2 km"
// and "e.g.x" do not end one; an abbreviation such as "Mr. " does, which only shows a little less.
const SENTENCE_END = /[.!?]["'”’)\]]*\s+/g;

/**
 * Where the sentences a quote sits in begin and end. Takes the paragraph's text before the quote,
 * the quote and the text after it (characters); returns the text before and after split into what
 * lies outside those sentences (far) and inside them (near), any of which may be empty.
 */
export function sentenceAround(before: string, quote: string, after: string) {
	const ends = [...before.matchAll(SENTENCE_END)];
	const last = ends.at(-1);
	const cut = last ? last.index + last[0].length : 0;
	// The first sentence end that is not inside the quote itself, measured from the quote's start.
	const end = [...(quote + after).matchAll(SENTENCE_END)].find(
		(match) => match.index + match[0].length > quote.length
	);
	const stop = end ? end.index + end[0].trimEnd().length - quote.length : after.length;
	return {
		farBefore: before.slice(0, cut),
		nearBefore: before.slice(cut),
		nearAfter: after.slice(0, Math.max(stop, 0)),
		farAfter: after.slice(Math.max(stop, 0))
	};
}

/** Splits a section's text into its paragraphs. */
export function paragraphsOf(text: string): string[] {
	return text.split(/\n\s*\n/).map((paragraph) => paragraph.trim());
}

/** The paragraph of a section that holds the quote (the first, if the quote is not found). */
export function paragraphWith(text: string, quote: string): string {
	const paragraphs = paragraphsOf(text);
	return paragraphs.find((paragraph) => paragraph.includes(quote)) ?? paragraphs[0];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits a paragraph into segments so that the quote and the cue words inside it can be marked
 * without building HTML from strings; the text outside the quote's sentences is marked `far`, so
 * that feedback can show the sentence first and the paragraph on request. Takes the paragraph, the
 * quote (verbatim) and the cue words; a quote not in the paragraph gives one plain segment.
 */
export function highlightQuote(paragraph: string, quote: string, cues: readonly string[]) {
	const start = paragraph.indexOf(quote);
	if (start === -1) return [{ text: paragraph, claim: false, cue: false }];
	const cuePattern = cues.filter(Boolean).map(escapeRegExp).join('|');
	// Splitting on a capturing group keeps the cues, at the odd indexes.
	const parts = cuePattern ? quote.split(new RegExp(`(${cuePattern})`)) : [quote];
	const around = sentenceAround(
		paragraph.slice(0, start),
		quote,
		paragraph.slice(start + quote.length)
	);
	const segments: Segment[] = [
		{ text: around.farBefore, claim: false, cue: false, far: true },
		{ text: around.nearBefore, claim: false, cue: false },
		...parts.map((text, i) => ({ text, claim: true, cue: i % 2 === 1 })),
		{ text: around.nearAfter, claim: false, cue: false },
		{ text: around.farAfter, claim: false, cue: false, far: true }
	];
	return segments.filter((segment) => segment.text);
}
