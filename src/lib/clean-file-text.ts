/**
 * A downloaded file's text without what editors and mail add around it: a byte order mark
 * (U+FEFF) or other Unicode format characters (category Cf) and white space at the start and the
 * end. What is inside (names, titles) is left as it is. Takes and returns the file's text; text
 * over 5,000,000 characters is returned unchanged (every file reader rejects it on length).
 */
export function cleanFileText(text: string): string {
	if (text.length > 5_000_000) return text;
	let start = 0;
	let end = text.length;
	while (start < end && /[\p{Cf}\s]/u.test(text[start])) start++;
	while (end > start && /[\p{Cf}\s]/u.test(text[end - 1])) end--;
	return text.slice(start, end);
}
