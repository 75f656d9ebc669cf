/**
 * Every key Claimwise keeps in localStorage, in one place. A key's `v1` is the version of the
 * record stored under it: a record that changes shape incompatibly gets a new key, so an older
 * release never misreads it. Copies kept aside add a suffix (see `kept-copies.ts`, `load-stored.ts`).
 */

/** The key of one module's self-study progress (a `SavedProgress`), by the module's id. */
export const progressKey = (moduleId: string) => `claimwise:progress:v1:${moduleId}`;

/** The key of a student's work on one assignment (an `AssignmentWork`), by the assignment's code. */
export const workKey = (assignmentCode: string) => `claimwise:assignment:v1:${assignmentCode}`;

/** The key of the teacher's assignments and collected results (a `Collection`). */
export const COLLECTION_KEY = 'claimwise:teacher:v1';

/** The key read once to find out whether the browser lets the site use storage at all. */
export const PROBE_KEY = 'claimwise:probe';

/** The key of the modules a student added from links and files (a `SavedAddedModules`). */
export const ADDED_MODULES_KEY = 'claimwise:modules:v1';

/** The key of the module drafts a teacher is making on `/author/` (a `SavedDrafts`). */
export const DRAFTS_KEY = 'claimwise:drafts:v1';
