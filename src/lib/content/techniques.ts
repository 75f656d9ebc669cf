import type { Label } from './labels';

/**
 * The techniques a speculation or opinion claim can be named by, each with the label it belongs
 * to and how feedback names it ("This is …"). A fixed list, so that results can count which
 * techniques a student misses; docs/content-format.md defines each.
 */
export const TECHNIQUES = {
	hedge: { label: 'speculation', name: 'a hedge' },
	'unnamed-consensus': { label: 'speculation', name: 'an appeal to an unnamed consensus' },
	'guessed-motive': { label: 'speculation', name: 'a guess at motives or feelings' },
	prediction: { label: 'speculation', name: 'a prediction' },
	conditional: { label: 'speculation', name: 'a conditional (“if … would”)' },
	inference: { label: 'speculation', name: 'an inference (a conclusion drawn, not shown)' },
	'loaded-word': { label: 'opinion', name: 'a loaded word' },
	'value-judgement': { label: 'opinion', name: 'a value judgement' },
	'loaded-question': { label: 'opinion', name: 'a loaded question' },
	'rhetorical-instruction': { label: 'opinion', name: 'a rhetorical instruction to the reader' }
} as const satisfies Record<string, { label: Exclude<Label, 'fact'>; name: string }>;

export type Technique = keyof typeof TECHNIQUES;

/** The technique ids, in the order the docs list them. */
export const TECHNIQUE_IDS = Object.keys(TECHNIQUES) as [Technique, ...Technique[]];
