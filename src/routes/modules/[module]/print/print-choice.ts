import type { Label } from '$lib/content/labels';
import { choicesFor, claimsInQuiz, type Sorting } from '$lib/quiz/grading';

/** A section as the printed sheets number it: its claims carry their number on the worksheet. */
export type NumberedSection<S extends { claims: readonly { label: Label }[] }> = Omit<
	S,
	'claims'
> & {
	claims: (S['claims'][number] & { number: number })[];
};

/**
 * The sections to print, in module order, with the claims each asks about numbered straight
 * through from 1, so that the worksheet, the key and the grid of one choice agree.
 * Takes every section of the module, the ids chosen (`null` for all; unknown ids are ignored) and
 * the sorting (opinions are asked only in three-way sorting); returns the chosen sections.
 */
export function numberClaims<S extends { id: string; claims: readonly { label: Label }[] }>(
	sections: readonly S[],
	chosen: readonly string[] | null,
	sorting: Sorting
): NumberedSection<S>[] {
	let number = 0;
	return sections
		.filter((section) => !chosen || chosen.includes(section.id))
		.map((section) => ({
			...section,
			claims: claimsInQuiz(section.claims, sorting).map((claim) => ({ ...claim, number: ++number }))
		}));
}

/** What a teacher chose to print: the section ids (`null` for all) and the sorting. */
export interface PrintChoice {
	chosen: string[] | null;
	sorting: Sorting;
}

/**
 * The choice of a printed sheet as it travels in the address: `?sections=a,b&sorting=three-way`.
 * Takes the search part of an address (with or without `?`) and the module's section ids; returns
 * the sections chosen (`null` for all: no `sections`, or none of them known) and the sorting
 * (two-way unless it says `three-way`).
 */
export function readPrintQuery(search: string, sectionIds: readonly string[]): PrintChoice {
	const query = new URLSearchParams(search);
	const listed = query.get('sections')?.split(',');
	const known = listed && sectionIds.filter((id) => listed.includes(id));
	return {
		chosen: known?.length ? known : null,
		sorting: query.get('sorting') === 'three-way' ? 'three-way' : 'two-way'
	};
}

/**
 * The search part for a choice: `''` for every section in two-way sorting, else e.g.
 * `?sections=a%2Cb&sorting=three-way`. Takes the ids chosen (`null` for all), the sorting and
 * how many sections the module has.
 */
export function printQuery(
	chosen: readonly string[] | null,
	sorting: Sorting,
	sectionCount: number
): string {
	const query = new URLSearchParams();
	if (chosen && chosen.length < sectionCount) query.set('sections', chosen.join(','));
	if (sorting === 'three-way') query.set('sorting', 'three-way');
	return query.size ? `?${query}` : '';
}

/** The one-letter names the answer grid uses, explained in its legend. */
export const LABEL_LETTERS: Record<Label, string> = { fact: 'F', speculation: 'S', opinion: 'O' };

/**
 * A claim's answer in the grid's letters: its label's letter, and the other labels on offer in
 * this sorting that count as right too, as `"S"` or `"S (or O)"`. A label the sorting does not
 * offer (opinion in two-way sorting) is left out, since no student could tick it.
 */
export function gridAnswer(
	claim: { label: Label; accepts?: readonly Label[] },
	sorting: Sorting
): { letter: string; also: string } {
	const offered = choicesFor(sorting);
	const also = (claim.accepts ?? []).filter((label) => offered.includes(label));
	return {
		letter: LABEL_LETTERS[claim.label],
		also: also.length ? `(or ${also.map((label) => LABEL_LETTERS[label]).join(' or ')})` : ''
	};
}
