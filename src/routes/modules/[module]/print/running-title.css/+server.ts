import { error } from '@sveltejs/kit';
import { findModule } from '$lib/server/modules';
import { printEntries } from '../print-data';

export const prerender = true;
export const entries = printEntries;

const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;

/** The module's title in the footer of every printed page (CSS cannot read it from the page). */
export function GET({ params }) {
	const module = findModule(params.module);
	if (!module) error(404, 'There is no module with that name.');
	const css = `@page worksheet { @bottom-left { content: ${cssString(`${module.title} · Worksheet`)}; } }
@page key { @bottom-left { content: ${cssString(`${module.title} · Answer key`)}; } }
`;
	return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
