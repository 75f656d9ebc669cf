import { getModules } from '$lib/server/modules';

// A section of an added module: the page that runs the quiz, with the least room for code (the
// 50 KB budget). It loads no SvelteKit client, only its own script (`island.ts`), which opens the
// section from this browser with the built-in section page's component. Links to it reload the
// page (`data-sveltekit-reload`), as every page of an added module does.
export const csr = false;

export function load() {
	// An added module may never take the id of a built-in one.
	return { builtInIds: getModules().map((module) => module.id) };
}
