import type { Technique } from '../content/techniques';

/**
 * Kinds of fact signal: words that show a sentence states something checkable (a date, a number,
 * a named person or body, who said what, a record that can be looked up).
 */
export type FactSignal = 'date' | 'number' | 'name' | 'attribution' | 'quotation' | 'record';

/**
 * What a lexicon entry marks: a technique (speculation or opinion), a fact signal, a `booster`,
 * or `not-a-cue` for phrases that look like a cue but are not one ("could not be reached"): where
 * one matches, the cues it overlaps are set aside.
 *
 * A booster ("clearly", "undoubtedly", "there is no doubt that") is the opposite of a hedge: it
 * makes a claim sound sure without giving proof (Hyland's boosters, which he sets apart from
 * hedges and from attitude markers such as "unfortunately": Hyland, *Metadiscourse*, 2005). So it
 * neither hedges (speculation) nor judges (opinion): the rest of the sentence decides the label,
 * and the booster is shown so the teacher can point it out. Words inside a booster ("doubt" in
 * "no doubt") are set aside.
 */
export type CueKind = Technique | FactSignal | 'booster' | 'not-a-cue';

/** One entry of the cue lexicon. */
export interface CueEntry {
	/**
	 * The words to find, matched case-insensitively as whole words. Multi-word patterns are
	 * allowed; a space matches any run of white space, `'` matches ' and ’, `(a|b)` offers
	 * alternatives, `?` makes the character or group before it optional, and `*` at the end of a
	 * word lets the word go on ("exaggerat*": "exaggerating", "exaggerated").
	 */
	pattern: string;
	kind: CueKind;
	/**
	 * What the teacher reads after the matched words, quoted: "is a hedge: the writer is not sure"
	 * gives "'may' is a hedge: the writer is not sure".
	 */
	reason: string;
}

// Our own list, written for Claimwise from the techniques in docs/content-format.md: a group is a
// kind, the reason shown for it, and its patterns (separated by ";"). Kept as text so that the
// whole lexicon stays under a few kilobytes gzipped.
const GROUPS: [CueKind, string, string][] = [
	[
		'hedge',
		'is a hedge: the writer is not sure',
		"almost certainly;may;might;could;perhaps;maybe;possibly;possible that;probably;likely;unlikely;appear(s|ed)?;apparently;seem(s|ed|ingly)?;would seem;is thought to;(are|was|were) thought to;allegedly;supposedly;purportedly;presumably;conceivably;doubt(s|ful)?;(it is|it's|it was|it remains) (not )?(unclear|uncertain|not clear|unknown|not known)( (if|whether))?;remains? (unclear|uncertain);unclear;uncertain;not (yet )?known;could mean;may have;might have;there is a chance;tends? to"
	],
	[
		'unnamed-consensus',
		'is an unnamed consensus: who says so is not named',
		"widely (believed|thought|seen|regarded|considered|accepted|expected|reported);(generally|commonly|often) (believed|thought|considered|regarded|said);(it is|it's|it was) (said|believed|thought|claimed|reported|rumou?red|understood|feared) that;it is said;many (say|believe|think|argue|feel|agree|fear|claim);some (say|believe|think|argue|claim|fear);(many|some|most) people;(many|some) (critics|observers|experts|analysts|commentators|scientists|scholars|officials);critics (say|said|claim|claimed|argue|warn|fear|believe);observers (say|said|believe|note|think|fear);experts (say|said|agree|believe|warn|fear|think);analysts (say|said|believe|think|suggest);sources (say|said|suggest|claim);(officials|authorities|investigators) (believe|believed|think|thought|suspect|suspected|assume|assumed);reportedly;rumou?rs?;everyone knows;research (shows|has shown);studies (show|suggest);scientists (say|claim);by all accounts"
	],
	[
		'prediction',
		'is a prediction: it says what will happen',
		"will;won't;(is|are) set to;(is|are|was|were) expected to;could lead to;(is|are) poised to;(is|are) bound to;(is|are) (going|about) to;(is|are) (on track|on course) to;in the (coming|next) (days|weeks|months|years)"
	],
	[
		'guessed-motive',
		'guesses a motive or feeling: nobody is quoted saying so',
		'wants? to;wanted to;hopes? to;hoping;hoped;fears?;feared;fearing;(is|are|was|were) trying to;tries to;in an attempt to;in a bid to;aims? to;aiming to;seeks? to;seeking to;intends? to;determined to;furious;delighted;angry;worried;anxious;anxiety;anxieties;upset;frustrated;afraid;scared;eager;desperate;relieved;thrilled;outraged;wary;nervous;resent*;jealous;deliberate;deliberately;on purpose;intentionally;sees;views? (it|them|this) as;motivated by;out of (fear|spite|revenge)'
	],
	[
		'conditional',
		'is a condition: it is only so if something else is true',
		'if;unless;would;if true'
	],
	[
		'inference',
		'draws a conclusion the text does not show',
		'suggests?;suggested;indicates?;indicated;(this|that|which|it) means;means that;signals?;signall?ing;signall?ed;thus;therefore;hence;, so;points? to;is a sign (that|of);must have;implies'
	],
	[
		'loaded-word',
		'is a loaded word: it judges while it describes',
		'dubious;so-called;regime;demoni(s|z)*;propaganda;knee-jerk;terrorists?;thugs?;puppet;client state;spectacle;boiling point;rhetoric;exaggerat*;scaremonger*;hysteri*;extremists?;mob;cronies;slammed;blasted;bombshell;witch hunt;sham;farce;fiasco;debacle;notorious;infamous;meddling;stunt;draconian;heavy-handed;cynical;ploy;brazen;blatant;reckless;hardline;isolated incidents?'
	],
	[
		'value-judgement',
		'is a value judgement: the writer’s verdict',
		'should;must;ought to;shocking;waste of;disastrous;disaster;terrible;awful;excellent;brilliant;sensible;wise;foolish;stupid;badly;poorly;crucial;vital;critical;essential;invaluable;significant;important;finally;frankly;honestly;unfortunately;sadly;thankfully;luckily;skil?lfully;cleverly;wisely;foolishly;clumsily;brilliantly;shrewdly;remarkable;impressive;admirable;beautiful;ugly;wonderful;lovely;amazing;stunning;magnificent;horrible;hideous;perfect;fantastic;dreadful;pathetic;glorious;splendid;superb;marvell?ous;deserves?;deserved;unacceptable;unfair;shameful;disgrace*;outrageous;absurd;ridiculous;best;worst;(is|are|was|were) (wrong|right) to'
	],
	[
		'rhetorical-instruction',
		'tells the reader what to think',
		"should (remember|note|ask|consider|not forget|bear in mind);remember that;make no mistake;let('s| us) (be clear|not forget|remember);(don't|do not) forget;ask yourself;it is worth (remembering|noting);(keep|bear) in mind"
	],
	[
		'attribution',
		'reports who said what',
		'said;says;told;tells;stated;stating;announced;added;wrote;confirmed;denied;explained;insisted;warned;asked;reported;claimed;according to'
	],
	[
		'record',
		'is a record you can look up',
		'survey;census;poll;records;official figures;minutes;(plans|figures|data|records) show;website says'
	],
	[
		'booster',
		'is a booster: it sounds sure, but proves nothing',
		"clearly;obviously;certainly;definitely;undoubtedly;doubtless;undeniably;unquestionably;indisputably;of course;no doubt;without (a )?doubt;beyond (any |all )?doubt;(there is|there's|there can be) (no|little) doubt( that)?;(it is|it's) (clear|obvious|certain|undeniable) that"
	],
	[
		'not-a-cue',
		'which is not a cue here',
		"(speak|speaks|spoke|spoken|speaking|explain(s|ed)?|write|writes|wrote|written|see|saw|seen|hear|heard|set out) clearly;clearly (visible|marked|labell?ed|signposted|defined|audible|legible|written|stated);could not (be reached|confirm|verify|say|find|comment|attend);couldn't (be reached|confirm|verify|say|find|comment|attend);(military|economic|naval) might;the will of;free will;(his|her|their|a|its) will;as if;even if;if any;whether or not;critical (condition|care);statistically significant;best known;at (best|worst)"
	]
];

/** A fact signal found by a regular expression rather than a word list. */
export interface FactPattern {
	kind: FactSignal;
	reason: string;
	/** Global and Unicode-aware; month and weekday names must be capitalised to count. */
	regex: RegExp;
}

const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?(?!\\d)';
// Words after which "May" is the month ("in May", "since May"), in lower case and capitalised.
const MAY_AFTER =
	'in|on|since|until|till|by|from|during|through|before|after|early|late|mid-?|last|next|this|of|between|and'
		.split('|')
		.flatMap((word) => [word, word[0].toUpperCase() + word.slice(1)])
		.join('|');
const NUMBER_WORD =
	'(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|twice)';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
// One amount: "£4.2", "40%", "12 per cent", "4 million", or a number word ("one" only inside a
// range or share, where it is not the pronoun: "one in five"). At most four groups of digits
// ("1,234,567.89"): a long run of them then fails at once instead of being read to its end from
// every comma in it, which made a pasted list of numbers ten times slower.
const AMOUNT = `(?:(?:[£$€¥]\\s?)?\\d+(?:[.,]\\d+){0,4}(?:\\s?(?:%|per ?cent)| (?:million|billion|thousand|hundred))?|one|${NUMBER_WORD})`;
/** The source, with no letter or digit touching it on either side. */
const alone = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;

/**
 * Dates, times and amounts: checkable details a fact names. "May" counts as a month only next to
 * a day or year, or after a word such as "in", "on" or "since" ("in May", "3 May", "May 2025").
 * Numbers that go together are one detail: a vote or score ("7 to 2", "7-2"), a range ("between
 * 5 and 10") or a share ("3 out of 4", "one in five"); a span of years or days ("2019 to 2021",
 * "3-5 June") is a date, which is listed first so that it wins over the same words as a range.
 */
export const FACT_PATTERNS: readonly FactPattern[] = [
	{
		kind: 'date',
		reason: 'is a date: when it happened',
		regex: new RegExp(
			`(?:(?:${DAY}(?:\\s?[-–]\\s?| to ))?${DAY} ${MONTH}|${MONTH} ${DAY}|(?<=\\b(?:${MAY_AFTER}) )May|(?!May)${MONTH})(?:,? \\d{4})?|\\bMay,? \\d{4}|${alone(`[Bb]etween ${YEAR} and ${YEAR}|${YEAR}s?(?:\\s?[-–]\\s?(?:${YEAR}|\\d\\d)| to ${YEAR})?`)}|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|(?:[Ll]ast|[Nn]ext) (?:week|month|year))\\b`,
			'gu'
		)
	},
	{
		kind: 'date',
		reason: 'is a time: when it happens',
		regex:
			/(?<![\p{L}\p{N}])\d{1,2}(?::\d{2}\s?(?:am|pm)?|\s?(?:am|pm|a\.m\.|p\.m\.))(?![\p{L}\p{N}])/giu
	},
	{
		// "has since", "since then", "since the sanctions": from when something holds. A "since"
		// that gives a reason ("since the council refused, …") has a verb after its noun.
		kind: 'date',
		reason: 'marks a time you can check: since when',
		regex: new RegExp(
			alone(
				`(?:has|have|had) since|ever since|since then|since (?:the|its|his|her|their|last) [\\p{L}-]+(?=\\s*(?:[,.;:!?]|$))`
			),
			'giu'
		)
	},
	{
		kind: 'number',
		reason: 'is a number you can check',
		regex: new RegExp(
			`(?<![\\p{L}\\p{N}])(?:[£$€¥]\\s?)?\\d+(?:[.,]\\d+)*(?:\\s?(?:%|per ?cent)|-\\p{L}+| (?:million|billion|thousand|hundred))?(?![\\p{L}\\p{N}])|\\b${NUMBER_WORD}(?:-\\p{L}+)?\\b`,
			'giu'
		)
	},
	{
		kind: 'number',
		reason: 'is a score or range you can check',
		regex: new RegExp(alone(`${AMOUNT}(?:\\s?[-–]\\s?| to )${AMOUNT}`), 'giu')
	},
	{
		kind: 'number',
		reason: 'is a range you can check',
		regex: new RegExp(alone(`between ${AMOUNT} and ${AMOUNT}`), 'giu')
	},
	{
		kind: 'number',
		reason: 'is a share you can check: how many out of how many',
		regex: new RegExp(alone(`${AMOUNT} (?:out of|in) (?!${YEAR}(?!\\d))${AMOUNT}`), 'giu')
	}
];

/** The whole lexicon, one entry per pattern, in the order the groups list them. */
export const CUE_LEXICON: readonly CueEntry[] = GROUPS.flatMap(([kind, reason, patterns]) =>
	patterns.split(';').map((pattern) => ({ pattern, kind, reason }))
);

/**
 * Turns a lexicon pattern (see {@link CueEntry.pattern}) into a global, case-insensitive regular
 * expression for it. Whole words are checked by the caller with {@link isWordChar} on either side:
 * the expression itself uses no Unicode classes, because V8 compiles each such expression slowly
 * (about 3 ms each, half a second for the lexicon). Throws a SyntaxError for a pattern that is not
 * valid (unbalanced brackets), so a broken entry fails the lexicon's tests.
 */
export function patternToRegExp(pattern: string): RegExp {
	let source = '';
	for (const char of pattern) {
		if (char === ' ') source += '\\s+';
		else if (char === "'" || char === '’') source += "['’]";
		else if (char === '*') source += "[\\w\\u00C0-\\u024F'’-]*";
		else if ('()|?'.includes(char)) source += char;
		else source += char.replace(/[.+^${}[\]\\/]/g, '\\$&');
	}
	return new RegExp(source, 'gi');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the character (a UTF-16 code unit or pair) is a letter or digit in any script. */
export const isWordChar = (char: string | undefined) => !!char && WORD_CHAR.test(char);

/**
 * Every whole-word match of a compiled pattern in the text, as [start, end) in UTF-16 code units:
 * a match counts only where no letter or digit touches it on either side.
 */
export function wholeWords(regex: RegExp, text: string): [number, number][] {
	const found: [number, number][] = [];
	regex.lastIndex = 0;
	for (let m = regex.exec(text); m; m = regex.exec(text)) {
		const end = m.index + m[0].length;
		const before = text[m.index - 1];
		if (m[0] && !isWordChar(before) && !isWordChar(text[end])) found.push([m.index, end]);
		// Try again one character on, so a match that fails its boundary hides no other.
		regex.lastIndex = m.index + 1;
	}
	return found;
}
