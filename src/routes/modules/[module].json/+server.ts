import { json } from '@sveltejs/kit';
import { moduleEntries, moduleOr404 } from '$lib/server/modules';

export const prerender = true;
export const entries = moduleEntries;

/** The module as published data, in the format of static/schemas/module.v2.schema.json. */
export function GET({ params }) {
	const { $schema: _schema, ...content } = moduleOr404(params.module);
	return json({ $schema: '../schemas/module.v2.schema.json', ...content });
}
