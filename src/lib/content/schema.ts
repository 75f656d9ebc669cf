import * as v from 'valibot';

import { LABELS } from './labels';

export { LABELS, type Label } from './labels';

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

/**
 * A source a student can look up: who published it, its title as published, when, and where it
 * is online if there is a stable address.
 */
export const sourceRefSchema = v.strictObject({
	outlet: text,
	title: text,
	date: isoDayOrMonth,
	url: v.optional(
		v.pipe(
			v.string(),
			v.url('must be a web address'),
			v.startsWith('https://', 'must start with https://')
		)
	)
});

export const claimSchema = v.strictObject({
	id: slug,
	section: slug,
	quote: text,
	label: v.picklist(LABELS, 'must be "fact", "speculation" or "opinion"'),
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
	title: text,
	text
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
	sections: v.pipe(v.array(sectionSchema), v.minLength(1, 'needs at least one section')),
	claims: v.pipe(v.array(claimSchema), v.minLength(1, 'needs at least one claim'))
});

export type ModuleContent = v.InferOutput<typeof moduleSchema>;
export type Section = v.InferOutput<typeof sectionSchema>;
export type Claim = v.InferOutput<typeof claimSchema>;
export type SourceRef = v.InferOutput<typeof sourceRefSchema>;
