// Loaded by the 404 page when its address may hold an assignment: a mail scanner turned the
// link's "#" into "%23", so the assignment arrived in the path. Sends the student on to it.
import { resolve } from '$app/paths';
import { misplacedAssignment } from '$lib/codes/find-codes';

const fragment = misplacedAssignment(location.pathname, '');
if (fragment) location.replace(`${resolve('/assignment')}/#${fragment}`);
