import * as v from 'valibot';

import { LABELS } from './labels';
import { TECHNIQUE_IDS } from './techniques';

export { LABELS, type Label } from './labels';
export { TECHNIQUES, TECHNIQUE_IDS, type Technique } from './techniques';

/**
 * The module format this app reads and publishes. Format 1 (free-text sources) is still published
 * as `static/schemas/module.v1.schema.json` for tools that read old files; docs/content-format.md
 * lists the changes.
 */
export const FORMAT = 2;

/** Section ids that would clash with the module's own pages. */
export const RESERVED_SECTION_IDS = ['results', 'print'] as const;

const slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens')
);
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** A date as ISO 8601 `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
const isoDayOrMonth = v.pipe(
	v.string(),
	v.regex(
		/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/,
		'must be a date as YYYY-MM-DD, or YYYY-MM when only the month is known'
	),
	v.check(isRealDate, 'must be a day that exists')
);

/** True unless the text names a day its month does not have (2025-02-30). */
function isRealDate(date: string): boolean {
	const [year, month, day] = date.split('-').map(Number);
	if (day === undefined) return true;
	return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** A web address that a school network will open: https only. */
const httpsUrl = v.pipe(
	v.string(),
	v.url('must be a web address'),
	v.startsWith('https://', 'must start with https://')
);

/**
 * A source a student can look up: who published it, its title as published, when, and where it
 * is online if there is a stable address.
 */
export const sourceRefSchema = v.strictObject({
	outlet: text,
	title: text,
	date: isoDayOrMonth,
	url: v.optional(httpsUrl)
});

const label = v.picklist(LABELS, 'must be "fact", "speculation" or "opinion"');

/** A sentence: starts with a capital letter or a quotation mark and ends with . ? or !. */
const sentence = v.pipe(
	text,
	v.regex(/^[\p{Lu}\p{Pi}"“‘(].*[.?!)”’]$/su, 'must be a whole sentence that says why')
);

export const claimSchema = v.strictObject({
	id: slug,
	section: slug,
	/** True when the quote is in the section's `heading` (the article's own words), not its text. */
	heading: v.optional(v.literal(true, 'must be true, or left out')),
	quote: text,
	label,
	/** For speculation and opinion: how the claim does it, from a fixed list. */
	technique: v.optional(v.picklist(TECHNIQUE_IDS, `must be one of: ${TECHNIQUE_IDS.join(', ')}`)),
	/** Other labels that are defensible too, each with why. */
	accepts: v.optional(
		v.pipe(
			v.array(v.strictObject({ label, why: sentence })),
			v.minLength(1, 'lists at least one label, or is left out')
		)
	),
	cues: v.pipe(v.array(text), v.minLength(1, 'needs at least one cue word')),
	explanation: text,
	check: v.optional(text),
	finding: v.optional(
		v.strictObject({
			text,
			sources: v.pipe(v.array(sourceRefSchema), v.minLength(1, 'needs at least one source'))
		})
	)
});

export const sectionSchema = v.strictObject({
	id: slug,
	/** Our name for the section, for lists and links. */
	title: text,
	/**
	 * The article's own heading over this section, word for word; over the first section, the
	 * article's headline. Pages show it as the article's words, and claims can quote it.
	 */
	heading: v.optional(text),
	text
});

/** Whose text a module is and on what terms it is used. */
export const licenceSchema = v.strictObject({
	/** Who wrote or owns the text, or that this is unknown. */
	attribution: text,
	/** The terms the text is used under, or that they are unknown. */
	terms: text,
	url: v.optional(httpsUrl)
});

export const moduleSchema = v.strictObject({
	$schema: v.optional(v.string()),
	format: v.literal(FORMAT, `must be ${FORMAT} (this version of the app reads format ${FORMAT})`),
	id: slug,
	version: v.pipe(v.number(), v.integer(), v.minValue(1)),
	title: text,
	summary: text,
	order: v.optional(v.number()),
	source: v.strictObject({
		name: text,
		date: text,
		note: v.optional(text)
	}),
	licence: licenceSchema,
	sections: v.pipe(v.array(sectionSchema), v.minLength(1, 'needs at least one section')),
	claims: v.pipe(v.array(claimSchema), v.minLength(1, 'needs at least one claim'))
});

export type ModuleContent = v.InferOutput<typeof moduleSchema>;
export type Section = v.InferOutput<typeof sectionSchema>;
export type Claim = v.InferOutput<typeof claimSchema>;
export type SourceRef = v.InferOutput<typeof sourceRefSchema>;
