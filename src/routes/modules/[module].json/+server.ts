import { error, json } from '@sveltejs/kit';
import { findModule, getModules } from '$lib/server/modules';

export const prerender = true;

export function entries() {
	return getModules().map((module) => ({ module: module.id }));
}

/** The module as published data, in the format of static/schemas/module.v1.schema.json. */
export function GET({ params }) {
	const module = findModule(params.module);
	if (!module) error(404, 'There is no module with that name.');
	const { $schema: _schema, ...content } = module;
	return json({ $schema: '../schemas/module.v1.schema.json', ...content });
}
