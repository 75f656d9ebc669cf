import type { Claim } from '../content/schema';
import { splitSentences } from './split-sentences';
import { suggestClaim, type SuggestedCue } from './suggest-claim';

/** Cue figures for a group of claims. Precision and recall are fractions from 0 to 1. */
export interface CueFigures {
	/** Gold cues (the modules' `cues`) and how many of them a suggested cue overlaps. */
	gold: number;
	found: number;
	/** Suggested cues (those behind the suggested label) and how many overlap a gold cue. */
	suggested: number;
	correct: number;
	precision: number;
	recall: number;
}

/** How often the suggested label was the gold one, for a group of claims (accuracy 0 to 1). */
export interface LabelFigures {
	claims: number;
	right: number;
	accuracy: number;
}

/** The figures `npm run cues:eval` prints and cues-baseline.json keeps. */
export interface CueEvaluation {
	/** Cue figures over every claim, and per gold technique ("fact" for facts). */
	cues: CueFigures;
	cuesByTechnique: Record<string, CueFigures>;
	/** Label accuracy per gold label, for facts and speculation together, and over all claims. */
	labels: {
		fact: LabelFigures;
		speculation: LabelFigures;
		opinion: LabelFigures;
		factAndSpeculation: LabelFigures;
		all: LabelFigures;
	};
	/** Of the speculation and opinion claims labelled right, how many got the gold technique. */
	techniques: LabelFigures;
	/**
	 * Of the claims quoted from a section's text, how many lie inside one sentence as
	 * splitSentences cuts that text (a claim across a break means a sentence was cut wrongly).
	 */
	sentences: LabelFigures;
}

/** One claim the suggester labels differently from the module, for the script's report. */
export interface Mistake {
	module: string;
	claim: string;
	gold: string;
	suggested: string;
	quote: string;
}

/** A module as far as the evaluation needs it: its id, its sections' texts and its claims. */
export interface GoldModule {
	id: string;
	sections?: readonly { id: string; text: string }[];
	claims: readonly (Pick<Claim, 'id' | 'quote' | 'label' | 'technique' | 'cues'> &
		Partial<Pick<Claim, 'section' | 'heading'>>)[];
}

const ratio = (part: number, whole: number) =>
	whole ? Math.round((part / whole) * 1000) / 1000 : 1;

function cueFigures(gold: number, found: number, suggested: number, correct: number): CueFigures {
	return {
		gold,
		found,
		suggested,
		correct,
		precision: ratio(correct, suggested),
		recall: ratio(found, gold)
	};
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

/**
 * Runs {@link suggestClaim} over every claim of the given modules (their quotes, labels,
 * techniques and cue words are the gold) and counts:
 * - cue recall: a gold cue counts as found when a suggested cue overlaps it by at least one
 *   character (the gold cue is placed at its first occurrence in the quote);
 * - cue precision: a suggested cue counts as right when it overlaps a gold cue of that claim;
 *   only the cues behind the suggested label count as suggested;
 * - label accuracy: the suggested label equals the claim's `label` (its `accepts` are ignored);
 * - sentences: a claim quoted from a section's text lies inside one sentence of splitSentences.
 * Takes modules shaped as in src/lib/content/schema.ts; returns the figures and the claims
 * labelled differently. Fractions are rounded to three decimals; an empty group scores 1.
 */
export function evaluateCues(modules: readonly GoldModule[]): {
	figures: CueEvaluation;
	mistakes: Mistake[];
} {
	const cueCounts = new Map<string, [number, number, number, number]>();
	const labelCounts = new Map<string, [number, number]>();
	let techniqueRight = 0;
	let techniqueClaims = 0;
	let quoted = 0;
	let inOneSentence = 0;
	const mistakes: Mistake[] = [];

	const add = <T extends number[]>(map: Map<string, T>, key: string, values: T) => {
		const sum = map.get(key) ?? (values.map(() => 0) as T);
		map.set(key, values.map((v, i) => v + sum[i]) as T);
	};

	for (const module of modules) {
		const sentencesOf = new Map(
			(module.sections ?? []).map((section) => [section.id, splitSentences(section.text)])
		);
		const textOf = new Map((module.sections ?? []).map((section) => [section.id, section.text]));
		for (const claim of module.claims) {
			const text = claim.section && !claim.heading ? textOf.get(claim.section) : undefined;
			const at = text?.indexOf(claim.quote) ?? -1;
			if (text && at >= 0) {
				quoted += 1;
				const end = at + claim.quote.length;
				const inside = sentencesOf.get(claim.section!)!.some((s) => s.start <= at && end <= s.end);
				if (inside) inOneSentence += 1;
			}

			const suggestion = suggestClaim(claim.quote);
			const gold = claim.cues
				.map((text) => ({ start: claim.quote.indexOf(text), text }))
				.filter((g) => g.start >= 0)
				.map((g) => ({ start: g.start, end: g.start + g.text.length }));
			const found = gold.filter((g) => suggestion.cues.some((s) => overlaps(s, g))).length;
			const correct = suggestion.cues.filter((s: SuggestedCue) =>
				gold.some((g) => overlaps(s, g))
			).length;
			const group = claim.technique ?? 'fact';
			const counts: [number, number, number, number] = [
				gold.length,
				found,
				suggestion.cues.length,
				correct
			];
			add(cueCounts, group, counts);
			add(cueCounts, 'all', counts);

			const right = suggestion.label === claim.label ? 1 : 0;
			add(labelCounts, claim.label, [1, right]);
			add(labelCounts, 'all', [1, right]);
			if (claim.label !== 'opinion') add(labelCounts, 'factAndSpeculation', [1, right]);
			if (right && claim.technique) {
				techniqueClaims += 1;
				if (suggestion.technique === claim.technique) techniqueRight += 1;
			}
			if (!right || (claim.technique && suggestion.technique !== claim.technique))
				mistakes.push({
					module: module.id,
					claim: claim.id,
					gold: [claim.label, claim.technique].filter(Boolean).join('/'),
					suggested: [suggestion.label, suggestion.technique].filter(Boolean).join('/'),
					quote: claim.quote
				});
		}
	}

	const cues = (key: string) => cueFigures(...(cueCounts.get(key) ?? [0, 0, 0, 0]));
	const labels = (key: string): LabelFigures => {
		const [claims, right] = labelCounts.get(key) ?? [0, 0];
		return { claims, right, accuracy: ratio(right, claims) };
	};
	const techniques = [...cueCounts.keys()].filter((key) => key !== 'all').sort();
	return {
		figures: {
			cues: cues('all'),
			cuesByTechnique: Object.fromEntries(techniques.map((key) => [key, cues(key)])),
			labels: {
				fact: labels('fact'),
				speculation: labels('speculation'),
				opinion: labels('opinion'),
				factAndSpeculation: labels('factAndSpeculation'),
				all: labels('all')
			},
			techniques: {
				claims: techniqueClaims,
				right: techniqueRight,
				accuracy: ratio(techniqueRight, techniqueClaims)
			},
			sentences: { claims: quoted, right: inOneSentence, accuracy: ratio(inOneSentence, quoted) }
		},
		mistakes
	};
}

/**
 * Lists every fraction in `current` that is lower than the same one in `baseline`, as
 * "cuesByTechnique.hedge.recall: 0.8 < 0.9"; an empty list means nothing dropped. A figure the
 * baseline has and `current` lacks counts as dropped. Takes two results of {@link evaluateCues}.
 */
export function dropsBelow(current: CueEvaluation, baseline: CueEvaluation): string[] {
	const drops: string[] = [];
	const walk = (now: unknown, before: unknown, path: string) => {
		if (typeof before === 'number') {
			if (!/(precision|recall|accuracy)$/.test(path)) return;
			if (typeof now !== 'number' || now < before) drops.push(`${path}: ${now} < ${before}`);
			return;
		}
		if (before && typeof before === 'object') {
			for (const [key, value] of Object.entries(before))
				walk(
					(now as Record<string, unknown> | undefined)?.[key],
					value,
					path ? `${path}.${key}` : key
				);
		}
	};
	walk(current, baseline, '');
	return drops;
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

/**
 * The figures as a plain-text report, one line per technique and label, for the terminal.
 * Takes a result of {@link evaluateCues}; returns lines joined with "\n".
 */
export function formatEvaluation(figures: CueEvaluation): string {
	const lines = ['Cues (found = a suggested cue overlaps the gold cue)', ''];
	lines.push(
		`${'technique'.padEnd(24)}${'gold'.padStart(6)}${'found'.padStart(7)}${'sugg.'.padStart(7)}${'right'.padStart(7)}  precision  recall`
	);
	const row = (name: string, f: CueFigures) =>
		lines.push(
			`${name.padEnd(24)}${String(f.gold).padStart(6)}${String(f.found).padStart(7)}${String(f.suggested).padStart(7)}${String(f.correct).padStart(7)}  ${percent(f.precision)}  ${percent(f.recall)}`
		);
	for (const [name, f] of Object.entries(figures.cuesByTechnique)) row(name, f);
	row('overall', figures.cues);
	lines.push('', 'Suggested label right', '');
	for (const [name, f] of Object.entries(figures.labels))
		lines.push(
			`${name.padEnd(24)}${`${f.right} of ${f.claims}`.padStart(10)}  ${percent(f.accuracy)}`
		);
	const t = figures.techniques;
	lines.push(
		`${'technique (label right)'.padEnd(24)}${`${t.right} of ${t.claims}`.padStart(10)}  ${percent(t.accuracy)}`
	);
	const n = figures.sentences;
	lines.push(
		'',
		`${'claims in one sentence'.padEnd(24)}${`${n.right} of ${n.claims}`.padStart(10)}  ${percent(n.accuracy)}`
	);
	return lines.join('\n');
}
