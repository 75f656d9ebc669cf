import type { Claim, ModuleContent } from './schema';
import { highlightQuote, paragraphWith, type Segment } from './highlight';

/** What a page needs of a claim for the quiz and its feedback. */
export type QuizClaim = Omit<Claim, 'section'>;

/** A claim as its section's quiz shows it, with its paragraph marked up for the feedback. */
export type SectionClaim = QuizClaim & { inContext: Segment[] };

/** The least a page needs of a claim to show progress: its id and label. */
export type ClaimKey = Pick<Claim, 'id' | 'label' | 'accepts'>;

/** A module's headline facts, without its text or claims. */
export function moduleSummary(module: ModuleContent) {
	const { id, title, summary, version, source, licence } = module;
	return { id, title, summary, version, source, licence };
}

/** The claims of one section, in quiz order. */
export function claimsOfSection(module: ModuleContent, sectionId: string): QuizClaim[] {
	return module.claims
		.filter((claim) => claim.section === sectionId)
		.map(({ section: _section, ...claim }) => claim);
}

/**
 * Claims with the paragraph of the section's text each sits in (or the section's `heading`, for a
 * claim that quotes it), its quote and cue words marked.
 */
export function withContext(claims: QuizClaim[], text: string, heading?: string): SectionClaim[] {
	return claims.map((claim) => ({
		...claim,
		inContext: highlightQuote(
			claim.heading && heading !== undefined ? heading : paragraphWith(text, claim.quote),
			claim.quote,
			claim.cues
		)
	}));
}

/** The ids and labels of one section's claims. */
export function keyOfSection(module: ModuleContent, sectionId: string): ClaimKey[] {
	return module.claims
		.filter((claim) => claim.section === sectionId)
		.map(({ id, label, accepts }) => (accepts ? { id, label, accepts } : { id, label }));
}
