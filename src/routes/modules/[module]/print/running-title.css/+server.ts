import { moduleEntries, moduleOr404 } from '$lib/server/modules';

export const prerender = true;
export const entries = moduleEntries;

const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ')}"`;

/** The module's title in the footer of every printed page (CSS cannot read it from the page). */
export function GET({ params }) {
	const module = moduleOr404(params.module);
	const css = `@page worksheet { @bottom-left { content: ${cssString(`${module.title} · Worksheet`)}; } }
@page key { @bottom-left { content: ${cssString(`${module.title} · Answer key`)}; } }
@page grid { @bottom-left { content: ${cssString(`${module.title} · Answer grid`)}; } }
@page answers { @bottom-left { content: ${cssString(`${module.title} · Answer sheet`)}; } }
`;
	return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
}
