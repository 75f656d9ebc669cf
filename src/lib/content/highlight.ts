/** A run of text, marked as part of the claim and/or as a cue word. */
export interface Segment {
	text: string;
	claim: boolean;
	cue: boolean;
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
 * without building HTML from strings.
 */
export function highlightQuote(paragraph: string, quote: string, cues: readonly string[]) {
	const start = paragraph.indexOf(quote);
	if (start === -1) return [{ text: paragraph, claim: false, cue: false }];
	const cuePattern = cues.filter(Boolean).map(escapeRegExp).join('|');
	// Splitting on a capturing group keeps the cues, at the odd indexes.
	const parts = cuePattern ? quote.split(new RegExp(`(${cuePattern})`)) : [quote];
	const segments: Segment[] = [
		{ text: paragraph.slice(0, start), claim: false, cue: false },
		...parts.map((text, i) => ({ text, claim: true, cue: i % 2 === 1 })),
		{ text: paragraph.slice(start + quote.length), claim: false, cue: false }
	];
	return segments.filter((segment) => segment.text);
}
