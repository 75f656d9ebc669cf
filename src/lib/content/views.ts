import type { Claim, ModuleContent } from './schema';

/** What a page needs of a claim for the quiz and its feedback. */
export type QuizClaim = Omit<Claim, 'section'>;

/** The least a page needs of a claim to show progress: its id and label. */
export type ClaimKey = Pick<Claim, 'id' | 'label'>;

/** A module's headline facts, without its text or claims. */
export function moduleSummary(module: ModuleContent) {
	const { id, title, summary, version, source } = module;
	return { id, title, summary, version, source };
}

/** The claims of one section, in quiz order. */
export function claimsOfSection(module: ModuleContent, sectionId: string): QuizClaim[] {
	return module.claims
		.filter((claim) => claim.section === sectionId)
		.map(({ section: _section, ...claim }) => claim);
}

/** The ids and labels of one section's claims. */
export function keyOfSection(module: ModuleContent, sectionId: string): ClaimKey[] {
	return module.claims
		.filter((claim) => claim.section === sectionId)
		.map(({ id, label }) => ({ id, label }));
}
