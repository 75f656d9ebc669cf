import type { Technique } from '../content/techniques';

/**
 * Kinds of fact signal: words that show a sentence states something checkable (a date, a number,
 * a named person or body, who said what, a record that can be looked up).
 */
export type FactSignal = 'date' | 'number' | 'name' | 'attribution' | 'quotation' | 'record';

/**
 * What a lexicon entry marks: a technique (speculation or opinion), a fact signal, or `not-a-cue`
 * for phrases that look like a cue but are not one ("no doubt", "could not be reached"): where
 * one matches, the cues it overlaps are set aside.
 */
export type CueKind = Technique | FactSignal | 'not-a-cue';

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
	/** What the teacher sees after the matched words: "hedge" gives "'may': hedge". */
	reason: string;
}

// Our own list, written for Claimwise from the techniques in docs/content-format.md: a group is a
// kind, the reason shown for it, and its patterns (separated by ";"). Kept as text so that the
// whole lexicon stays under a few kilobytes gzipped.
const GROUPS: [CueKind, string, string][] = [
	[
		'hedge',
		'hedge: the writer is not sure',
		"may;might;could;perhaps;maybe;possibly;possible that;probably;likely;unlikely;appear(s|ed)?;apparently;seem(s|ed|ingly)?;would seem;is thought to;(are|was|were) thought to;allegedly;supposedly;purportedly;presumably;conceivably;doubt(s|ful)?;(it is|it's|it was|it remains) (not )?(unclear|uncertain|not clear|unknown|not known)( (if|whether))?;remains? (unclear|uncertain);unclear;uncertain;not (yet )?known;could mean;may have;might have;there is a chance;tends? to"
	],
	[
		'unnamed-consensus',
		'unnamed consensus: who says so is not named',
		"widely (believed|thought|seen|regarded|considered|accepted|expected|reported);(generally|commonly|often) (believed|thought|considered|regarded|said);(it is|it's|it was) (said|believed|thought|claimed|reported|rumou?red|understood|feared) that;it is said;many (say|believe|think|argue|feel|agree|fear|claim);some (say|believe|think|argue|claim|fear);(many|some|most) people;(many|some) (critics|observers|experts|analysts|commentators|scientists|scholars|officials);critics (say|said|claim|claimed|argue|warn|fear|believe);observers (say|said|believe|note|think|fear);experts (say|said|agree|believe|warn|fear|think);analysts (say|said|believe|think|suggest);sources (say|said|suggest|claim);reportedly;rumou?rs?;everyone knows;research (shows|has shown);studies (show|suggest);scientists (say|claim);by all accounts"
	],
	[
		'prediction',
		'prediction: says what will happen',
		"will;won't;(is|are) set to;(is|are|was|were) expected to;could lead to;(is|are) poised to;(is|are) bound to;(is|are) (going|about) to;(is|are) (on track|on course) to;in the (coming|next) (days|weeks|months|years)"
	],
	[
		'guessed-motive',
		'guessed motive or feeling: nobody is quoted saying so',
		'wants? to;wanted to;hopes? to;hoping;hoped;fears?;feared;fearing;(is|are|was|were) trying to;tries to;in an attempt to;in a bid to;aims? to;aiming to;seeks? to;seeking to;intends? to;determined to;furious;delighted;angry;worried;anxious;anxiety;anxieties;upset;frustrated;afraid;scared;eager;desperate;relieved;thrilled;outraged;wary;nervous;resent*;jealous;deliberate;deliberately;on purpose;intentionally;sees;views? (it|them|this) as;motivated by;out of (fear|spite|revenge)'
	],
	['conditional', 'conditional: only if something else is true', 'if;unless;would;if true'],
	[
		'inference',
		'inference: a conclusion drawn, not shown',
		'suggests?;suggested;indicates?;indicated;(this|that|which|it) means;means that;signals?;signall?ing;signall?ed;thus;therefore;hence;, so;points? to;is a sign (that|of);must have;implies'
	],
	[
		'loaded-word',
		'loaded word: judges while it describes',
		'dubious;so-called;regime;demoni(s|z)*;propaganda;knee-jerk;terrorists?;thugs?;puppet;client state;spectacle;boiling point;rhetoric;exaggerat*;scaremonger*;hysteri*;extremists?;mob;cronies;slammed;blasted;bombshell;witch hunt;sham;farce;fiasco;debacle;notorious;infamous;meddling;stunt;draconian;heavy-handed;cynical;ploy;brazen;blatant;reckless;hardline;isolated incidents?'
	],
	[
		'value-judgement',
		'value judgement: the writer’s verdict',
		'should;must;ought to;shocking;waste of;disastrous;disaster;terrible;awful;excellent;brilliant;sensible;wise;foolish;stupid;badly;poorly;crucial;vital;critical;essential;invaluable;significant;important;finally;frankly;honestly;obviously;unfortunately;sadly;thankfully;luckily;skil?lfully;cleverly;wisely;foolishly;clumsily;brilliantly;shrewdly;remarkable;impressive;admirable;beautiful;ugly;wonderful;lovely;amazing;stunning;magnificent;horrible;hideous;perfect;fantastic;dreadful;pathetic;glorious;splendid;superb;marvell?ous;deserves?;deserved;unacceptable;unfair;shameful;disgrace*;outrageous;absurd;ridiculous;best;worst'
	],
	[
		'rhetorical-instruction',
		'rhetorical instruction: tells the reader what to think',
		"should (remember|note|ask|consider|not forget|bear in mind);remember that;make no mistake;let('s| us) (be clear|not forget|remember);(don't|do not) forget;ask yourself;it is worth (remembering|noting);(keep|bear) in mind"
	],
	[
		'attribution',
		'attribution: says who said it',
		'said;says;told;tells;stated;stating;announced;added;wrote;confirmed;denied;explained;insisted;warned;asked;reported;claimed;according to'
	],
	[
		'record',
		'record: something you can look up',
		'survey;census;poll;records;official figures;minutes;(plans|figures|data|records) show;website says'
	],
	[
		'not-a-cue',
		'not a cue here',
		"no doubt;without (a )?doubt;beyond (any )?doubt;there is no doubt that;could not (be reached|confirm|verify|say|find|comment|attend);couldn't (be reached|confirm|verify|say|find|comment|attend);(military|economic|naval) might;the will of;free will;(his|her|their|a|its) will;as if;even if;if any;whether or not;critical (condition|care);statistically significant;best known;at (best|worst)"
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

/**
 * Dates, times and amounts: checkable details a fact names. "May" counts as a month only next to
 * a day or year, or after a word such as "in", "on" or "since" ("in May", "3 May", "May 2025").
 */
export const FACT_PATTERNS: readonly FactPattern[] = [
	{
		kind: 'date',
		reason: 'date: when it happened',
		regex: new RegExp(
			`(?:${DAY} ${MONTH}|${MONTH} ${DAY}|(?<=\\b(?:${MAY_AFTER}) )May|(?!May)${MONTH})(?:,? \\d{4})?|\\bMay,? \\d{4}|(?<![\\p{L}\\p{N}])(?:1[89]\\d\\d|20\\d\\d)s?(?![\\p{L}\\p{N}])|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|(?:[Ll]ast|[Nn]ext) (?:week|month|year))\\b`,
			'gu'
		)
	},
	{
		kind: 'date',
		reason: 'time: when it happens',
		regex:
			/(?<![\p{L}\p{N}])\d{1,2}(?::\d{2}\s?(?:am|pm)?|\s?(?:am|pm|a\.m\.|p\.m\.))(?![\p{L}\p{N}])/giu
	},
	{
		kind: 'number',
		reason: 'number: an amount you can check',
		regex: new RegExp(
			`(?<![\\p{L}\\p{N}])(?:[£$€¥]\\s?)?\\d+(?:[.,]\\d+)*(?:\\s?(?:%|per ?cent)|-\\p{L}+| (?:million|billion|thousand|hundred))?(?![\\p{L}\\p{N}])|\\b${NUMBER_WORD}(?:-\\p{L}+)?\\b`,
			'giu'
		)
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
