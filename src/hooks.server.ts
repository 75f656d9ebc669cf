import type { Handle } from '@sveltejs/kit';
import { lowerScriptPriority } from '$lib/server/script-priority';

// Runs when pages are prerendered: the HTML a student receives reads without its scripts.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => lowerScriptPriority(html) });
