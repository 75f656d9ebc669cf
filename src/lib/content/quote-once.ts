/**
 * A claim's quote as a page shows it between quotation marks, quoted once. The quote is wrapped
 * in “ ” and the double quotation marks inside it become single ones (‘ ’), as English nests a
 * quotation inside another (“‘It might close,’ said the mayor.”), so no pair of marks opens or
 * closes twice and straight and curly marks are not mixed. A quote that is one quotation from
 * start to end (“We will win.”, maybe with a full stop after it) is not wrapped again: it keeps
 * its words in curly marks. Takes any string (white space at its ends is dropped); returns a string.
 */
export function quoteOnce(quote: string): string {
	const text = quote.trim();
	const whole = /^["“]([^"“”]*)["”]([.,;:!?]?)$/.exec(text);
	if (whole) return `“${whole[1]}”${whole[2]}`;
	// A straight mark opens at the start or after a space, a bracket or a dash; else it closes.
	const inner = text.replace(/["“”]/g, (mark, at: number) =>
		mark === '“' || (mark === '"' && (at === 0 || /[\s([{—–-]/.test(text[at - 1]))) ? '‘' : '’'
	);
	return `“${inner}”`;
}
