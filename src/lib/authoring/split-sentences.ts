/** A sentence of a text. Offsets are UTF-16 code units into that text, end exclusive. */
export interface SentenceSpan {
	/** The text's own characters at [start, end): no white space at either end. */
	text: string;
	start: number;
	end: number;
}

/** A section proposed from a pasted text, for the teacher to merge, split and rename. */
export interface ProposedSection {
	/** Our name for the section: its heading, or its first words when it has none. */
	title: string;
	/** The text's own heading over the section, word for word (Markdown marks removed), if any. */
	heading?: string;
	/** Its paragraphs, separated by a blank line; lines within a paragraph joined by a space. */
	text: string;
}

/** The longest text either splitter takes, in UTF-16 code units (about 30,000 words). */
export const MAX_TEXT_LENGTH = 200_000;

function check(text: unknown): asserts text is string {
	if (typeof text !== 'string') throw new TypeError('The text to split must be text.');
	if (text.length > MAX_TEXT_LENGTH)
		throw new RangeError(
			`The text is too long: at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters.`
		);
}

// Abbreviations that never end a sentence, before a capital or not ("Dr. Smith", "St. Paul").
const TITLES =
	/(?:^|[\s(“"‘])(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|Ft|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Fr|Hon|Pres|Supt|Insp|vs|v|e\.g|i\.e|cf|approx|ca|Fig|fig)\.$/;
// Initials: one capital letter and a full stop ("J. K. Rowling").
const INITIAL = /(?:^|[\s(“"‘])\p{Lu}\.$/u;
// Dotted abbreviations of places and bodies ("U.S.", "U.K.", "E.U.").
const DOTTED = /(?:^|[\s(“"‘])(?:\p{Lu}\.){2,}$/u;
// Words that usually open a new sentence, so "…in the U.S. The next day…" still splits.
const OPENERS = new Set(
	'The A An It Its This That These Those He She They We I You His Her Their Our There Then But And So Yet Or In On At After Before When While If As Since Some Many Most One Two Both All No Not What Why How Who Where Meanwhile However Still Also Later'.split(
		' '
	)
);

const firstWord = (text: string) =>
	text.match(/^[\s“"‘(]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u)?.[1] ?? '';

/** How a text's quotation marks leave it: “ not yet closed by ”, and whether a " is open. */
interface Quotes {
	curly: number;
	straight: boolean;
}

function addQuotes(quotes: Quotes, text: string): Quotes {
	let { curly, straight } = quotes;
	for (const char of text) {
		if (char === '“') curly++;
		else if (char === '”') curly = Math.max(0, curly - 1);
		else if (char === '"') straight = !straight;
	}
	return { curly, straight };
}

/**
 * Whether the segmenter's break between `before` (the end of the sentence so far, at least its
 * last 40 characters) and `after` (the next segment) is wrong and should go; `quotes` says
 * whether the sentence so far leaves a quotation open.
 */
function joins(before: string, after: string, quotes: Quotes): boolean {
	// A line break always ends a sentence: headings and paragraphs never run together.
	if (/\n\s*$/.test(before)) return false;
	const head = before.trimEnd();
	const next = after.trimStart();
	if (!next) return true;
	// A sentence starts with a capital, a digit, a quotation mark or a bracket, never lower case.
	if (/^[\p{Ll},;:)\]”’]/u.test(next)) return true;
	if (quotes.curly > 0 || quotes.straight) return true;
	if (TITLES.test(head)) return true;
	if (/(?:^|\s)No\.$/.test(head) && /^\d/.test(next)) return true;
	if (INITIAL.test(head) && /^\p{Lu}/u.test(next)) return true;
	if (DOTTED.test(head) && /^\p{Lu}/u.test(next) && !OPENERS.has(firstWord(next))) return true;
	return false;
}

/**
 * Longest piece handed to the segmenter, in UTF-16 code units: V8's takes time in the square of a
 * string's length (about 10 s for 200,000 characters in one piece).
 */
export const PIECE = 1000;

/**
 * The text cut into pieces for the segmenter, as [start, end) offsets: each line with its line
 * break, and a longer line cut after its last sentence end (else its last space) in every
 * {@link PIECE} characters. A wrong cut is mended like any other wrong break.
 */
function pieces(text: string): [number, number][] {
	const found: [number, number][] = [];
	for (let start = 0; start < text.length;) {
		const lineBreak = text.indexOf('\n', start);
		const lineEnd = lineBreak === -1 ? text.length : lineBreak + 1;
		let from = start;
		while (lineEnd - from > PIECE) {
			const window = text.slice(from, from + PIECE);
			let cut = 0;
			for (const m of window.matchAll(/[.!?]["”’)]*\s+/g)) cut = m.index + m[0].length;
			if (!cut) cut = window.lastIndexOf(' ') + 1 || PIECE;
			// Never between the two halves of a character outside the BMP (an emoji).
			if (/[\uD800-\uDBFF]/.test(text[from + cut - 1])) cut--;
			found.push([from, from + cut]);
			from += cut;
		}
		found.push([from, lineEnd]);
		start = lineEnd;
	}
	return found;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Splits a section's text into sentences with `Intl.Segmenter` (locale "en", granularity
 * "sentence"), then mends the breaks it gets wrong: after titles and abbreviations ("Dr.",
 * "St.", "e.g.", "vs.", "No. 5"), initials ("J. K. Rowling"), dotted names followed by a name
 * ("U.S. Senate", but not "…in the U.S. The…"), inside a quotation that has not closed yet, and
 * before a lower-case word ("“Stop!” he said."). A full stop inside a closing quotation mark stays
 * with its quotation; a line break always ends a sentence; decimals ("4.2 million") never split.
 * Takes the text; returns its sentences in order, without white space at either end, with
 * offsets in UTF-16 code units into the text. Nothing but white space lies between them. Throws a
 * TypeError for a non-string and a RangeError for a text longer than {@link MAX_TEXT_LENGTH}.
 */
export function splitSentences(text: string): SentenceSpan[] {
	check(text);
	segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
	const merged: { start: number; end: number; quotes: Quotes }[] = [];
	for (const [from, to] of pieces(text)) {
		for (const { index, segment } of segmenter.segment(text.slice(from, to))) {
			const start = from + index;
			const end = start + segment.length;
			const last = merged.at(-1);
			const before = last && text.slice(Math.max(last.start, start - 40), start);
			if (last && before !== undefined && joins(before, segment, last.quotes)) {
				last.end = end;
				last.quotes = addQuotes(last.quotes, segment);
			} else merged.push({ start, end, quotes: addQuotes({ curly: 0, straight: false }, segment) });
		}
	}
	const sentences: SentenceSpan[] = [];
	for (let { start, end } of merged) {
		while (start < end && /\s/.test(text[start])) start++;
		while (end > start && /\s/.test(text[end - 1])) end--;
		if (end > start) sentences.push({ text: text.slice(start, end), start, end });
	}
	return sentences;
}

const MARKDOWN_HEADING = /^#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
/** Words a section grows to before the next paragraph starts a new one, in a text without headings. */
const SECTION_WORDS = 150;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const plain = (heading: string) => heading.replace(/[*_`]+/g, '').trim();

/** A line that reads as a heading: short, and not ending as a sentence or a clause does. */
function looksLikeHeading(line: string): boolean {
	const text = line.trim();
	return (
		text.length > 0 &&
		text.length <= 100 &&
		words(text) <= 15 &&
		!/[.!?:;,…]["”’')\]]*$/.test(text) &&
		!/[.!?]["”’')\]]*\s/.test(text) &&
		!/^[-*+•]\s|^\d+[.)]\s/.test(text)
	);
}

/** The first words of a text's first sentence, as a title: up to six words, with "…" when cut. */
function firstWords(text: string): string {
	const all = (splitSentences(text)[0]?.text ?? '').split(/\s+/).filter(Boolean);
	const title = all
		.slice(0, 6)
		.join(' ')
		.replace(/[.,;:!?"“”'’]+$/, '');
	return all.length > 6 ? `${title}…` : title;
}

/**
 * Proposes sections for a pasted text. A Markdown heading (`#` to `######`), or a short line
 * without final punctuation that stands alone between blank lines (and is not the last), starts a
 * section and becomes its heading and title; two headings in a row keep the first as the heading
 * (a headline over its first section) and the last as the title. Blank lines separate paragraphs;
 * single line breaks inside a paragraph become spaces. A text with no headings is cut into
 * sections of whole paragraphs of at least 150 words each (the last may be shorter), titled with
 * their first words. Line endings may be \n, \r\n or \r. Takes the text; returns the sections in
 * order (none for a text of only white space). Throws a TypeError for a non-string and a
 * RangeError for a text longer than {@link MAX_TEXT_LENGTH}.
 */
export function splitSections(text: string): ProposedSection[] {
	check(text);
	const blocks = text
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((block) => block.trim())
		.filter(Boolean);
	const sections: { headings: string[]; paragraphs: string[] }[] = [];
	const current = () => sections.at(-1);
	const startSection = (heading?: string) => {
		const open = current();
		if (heading && open && open.paragraphs.length === 0) open.headings.push(heading);
		else sections.push({ headings: heading ? [heading] : [], paragraphs: [] });
	};
	const hasHeadings = blocks.some(
		(block, i) =>
			MARKDOWN_HEADING.test(block.split('\n')[0]) ||
			(!block.includes('\n') && i < blocks.length - 1 && looksLikeHeading(block))
	);
	blocks.forEach((block, i) => {
		const lines = block.split('\n').map((line) => line.trim());
		const markdown = lines[0].match(MARKDOWN_HEADING);
		if (markdown) {
			startSection(plain(markdown[1]));
			lines.shift();
		} else if (lines.length === 1 && i < blocks.length - 1 && looksLikeHeading(lines[0])) {
			startSection(plain(lines[0]));
			return;
		}
		const paragraph = lines.filter(Boolean).join(' ');
		if (!paragraph) return;
		const open = current();
		const full = !hasHeadings && open && words(open.paragraphs.join(' ')) >= SECTION_WORDS;
		if (!open || full) startSection();
		current()!.paragraphs.push(paragraph);
	});
	return sections.map(({ headings, paragraphs }) => {
		// A heading with nothing under it (the text's last line) stays, as text, so nothing is lost.
		const sectionText = (paragraphs.length ? paragraphs : headings).join('\n\n');
		const section: ProposedSection = {
			title: headings.at(-1) ?? firstWords(sectionText),
			text: sectionText
		};
		if (headings.length && paragraphs.length) section.heading = headings[0];
		return section;
	});
}
