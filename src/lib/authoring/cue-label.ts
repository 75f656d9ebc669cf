// Relative imports: `npm run cues:eval` loads this outside SvelteKit, without its $lib alias.
import type { Label } from '../content/labels';
import { TECHNIQUES, type Technique } from '../content/techniques';

/**
 * The kinds of cue that signal a stated fact. A booster ("clearly") counts with them: it neither
 * hedges nor judges, so it never makes a sentence speculation or opinion, and it is shown among a
 * fact's cues (Hyland, *Metadiscourse*, 2005, keeps boosters apart from hedges).
 */
export const FACT_CUE_KINDS: ReadonlySet<string> = new Set([
	'date',
	'number',
	'name',
	'attribution',
	'quotation',
	'record',
	'booster'
]);

/**
 * The label a cue kind points to: `fact` for a fact signal (`FACT_CUE_KINDS`), a technique's own
 * label (`TECHNIQUES`), or null for any other string (words set aside, `not-a-cue`).
 */
export function labelOfCueKind(kind: string): Label | null {
	if (FACT_CUE_KINDS.has(kind)) return 'fact';
	return Object.hasOwn(TECHNIQUES, kind) ? TECHNIQUES[kind as Technique].label : null;
}
