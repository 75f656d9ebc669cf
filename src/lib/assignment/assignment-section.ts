import { resolve } from '$app/paths';
import { AssignmentProgress } from './assignment-work.svelte';

/** What a section page needs to run its quiz inside an assignment, or why it cannot. */
export type AssignmentSection =
	| {
			ok: true;
			work: AssignmentProgress;
			showFeedback: boolean;
			onward: { href: string; label: string };
	  }
	| { ok: false; problem: string; back: { href: string; label: string } | null };

/** Opens the assignment with this code for one section of a module. */
export function openAssignmentSection(
	code: string,
	module: { id: string; version: number },
	sectionId: string,
	sectionTitles: Record<string, string>
): AssignmentSection {
	const work = AssignmentProgress.fromCode(code);
	if (!work) {
		return {
			ok: false,
			problem:
				'This browser has no assignment with that code. Open the link your teacher sent first; your work is kept in the browser where you started it.',
			back: null
		};
	}
	const { assignment } = work;
	const back = {
		href: `${resolve('/assignment')}/?code=${assignment.code}`,
		label: 'Back to your assignment'
	};
	if (assignment.moduleId !== module.id || !assignment.sections.includes(sectionId)) {
		return { ok: false, problem: 'This section is not part of your assignment.', back };
	}
	if (assignment.contentVersion !== module.version) {
		return {
			ok: false,
			problem:
				'This assignment was made for another version of this module, so it cannot be done here. Ask your teacher for a new link.',
			back
		};
	}
	if (!work.started)
		return { ok: false, problem: 'Enter your name on the assignment page first.', back };
	if (work.handedInAt) return { ok: false, problem: 'You have handed this assignment in.', back };

	const next = assignment.sections[assignment.sections.indexOf(sectionId) + 1];
	const onward = next
		? {
				href: `${resolve('/modules/[module]/[section]', { module: module.id, section: next })}/?assignment=${assignment.code}`,
				label: `Next section: ${sectionTitles[next] ?? next}`
			}
		: { ...back, label: 'Back to your assignment to hand it in' };
	return { ok: true, work, showFeedback: assignment.mode === 'practice', onward };
}
