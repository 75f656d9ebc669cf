import type { Handle } from '@sveltejs/kit';
import { dev, version } from '$app/environment';
import { islandScript } from '$lib/islands/files';
import { lowerScriptPriority } from '$lib/server/script-priority';

// Runs when pages are prerendered: the HTML a student receives reads without its scripts. A page
// with a script of its own instead of SvelteKit's client gets it at the end of its head.
export const handle: Handle = ({ event, resolve }) => {
	const script = islandScript(event.route.id, version, dev);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const lowered = lowerScriptPriority(html);
			return script
				? lowered.replace('</head>', `<script type="module" src="${script}"></script></head>`)
				: lowered;
		}
	});
};
