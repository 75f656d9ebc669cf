import type { Label } from '$lib/content/labels';
import { claimsInQuiz } from '$lib/quiz/grading';
import type { Assignment } from '$lib/codes/assignment-link';

/** The claims an assignment asks about, in module order: the one order codes and tables use. */
export function assignedClaims<T extends { section: string; label: Label }>(
	claims: readonly T[],
	assignment: Pick<Assignment, 'sections' | 'sorting'>
): T[] {
	const sections = new Set(assignment.sections);
	return claimsInQuiz(
		claims.filter((claim) => sections.has(claim.section)),
		assignment.sorting
	);
}
