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

/**
 * Splits a paragraph into segments so that the quote and the cue words inside it can be marked
 * without building HTML from strings.
 */
export function highlightQuote(paragraph: string, quote: string, cues: readonly string[]) {
	const start = paragraph.indexOf(quote);
	if (start === -1) return [{ text: paragraph, claim: false, cue: false }];
	const end = start + quote.length;
	const cueAt = new Array<boolean>(quote.length).fill(false);
	for (const cue of cues) {
		for (let at = quote.indexOf(cue); at !== -1 && cue; at = quote.indexOf(cue, at + cue.length)) {
			cueAt.fill(true, at, at + cue.length);
		}
	}
	const segments: Segment[] = [];
	const push = (text: string, claim: boolean, cue: boolean) => {
		if (!text) return;
		const last = segments.at(-1);
		if (last && last.claim === claim && last.cue === cue) last.text += text;
		else segments.push({ text, claim, cue });
	};
	push(paragraph.slice(0, start), false, false);
	for (let i = 0; i < quote.length; i++) push(quote[i], true, cueAt[i]);
	push(paragraph.slice(end), false, false);
	return segments;
}
