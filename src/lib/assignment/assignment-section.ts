import { isRecord } from '$lib/is-record';
import type { Sorting } from '$lib/quiz/grading';
import { AssignmentAnswers } from './assignment-answers.svelte';

/** How one section of a module is worked on inside an assignment. */
export interface AssignmentSection {
	work: AssignmentAnswers;
	title: string;
	studentName: string;
	sorting: Sorting;
	showFeedback: boolean;
	onward: { href: string; label: string };
}

/**
 * Opens the assignment with this code for one section of a module; null when this browser has not
 * started it, or it is handed in, or this section is not part of it in this version.
 * @param links the section page's addresses (`sectionLinks`): the assignment page's and each
 *   section's in assignment mode, each followed by the code
 */
export function openAssignmentSection(
	code: string,
	module: { id: string; version: number },
	sectionId: string,
	sectionTitles: Record<string, string>,
	links: { assignment: string; inAssignment: Record<string, string> }
): AssignmentSection | null {
	const work = new AssignmentAnswers(code);
	const { assignment: a, studentName } = work.saved;
	if (
		!work.started ||
		work.handedInAt ||
		!isRecord(a) ||
		a.moduleId !== module.id ||
		a.contentVersion !== module.version ||
		!Array.isArray(a.sections) ||
		!a.sections.includes(sectionId)
	) {
		return null;
	}
	const next: unknown = a.sections[a.sections.indexOf(sectionId) + 1];
	return {
		work,
		title: String(a.title),
		studentName: String(studentName),
		sorting: a.sorting === 'three-way' ? 'three-way' : 'two-way',
		showFeedback: a.mode === 'practice',
		onward:
			typeof next === 'string'
				? {
						href: `${links.inAssignment[next]}${code}`,
						label: `Next section: ${sectionTitles[next] ?? next}`
					}
				: { href: `${links.assignment}${code}`, label: 'Back to your assignment to hand it in' }
	};
}
