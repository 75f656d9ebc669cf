import * as v from 'valibot';

import { LABELS } from './labels';

export { LABELS, type Label } from './labels';

/** Section ids that would clash with the module's own pages. */
export const RESERVED_SECTION_IDS = ['results', 'print'] as const;

const slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens')
);
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

export const sourceRefSchema = v.strictObject({
	name: text,
	date: text
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
	format: v.literal(1, 'must be 1 (the only format so far)'),
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
