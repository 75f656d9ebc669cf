// The addresses of a built-in module's sections in an assignment, loaded by the assignment page
// while the module is (a file of the page's own, so that no other page's code changes for it).
export { builtInAddresses } from '$lib/content/module-addresses';
export { sectionInAssignment } from '$lib/content/added-addresses';
