import { misplacedAssignment } from '$lib/assignment/find-codes';

/**
 * Sends the student on to the assignment when its link arrived with "%23" for "#": the page at
 * `assignmentPage` (e.g. "/claimwise/assignment") then reads it from the fragment as usual.
 * Does nothing when the address holds no assignment.
 */
export function openMisplacedAssignment(assignmentPage: string) {
	const fragment = misplacedAssignment(location.pathname, '');
	if (fragment) location.replace(`${assignmentPage}/#${fragment}`);
}
