import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { FORMAT, moduleSchema } from './schema';

const schemas = new URL('../../../static/schemas/', import.meta.url);
const file = new URL(`module.v${FORMAT}.schema.json`, schemas);

function generated() {
	const schema = toJsonSchema(moduleSchema, { errorMode: 'ignore' });
	return (
		JSON.stringify(
			{
				...schema,
				$id: `module.v${FORMAT}.schema.json`,
				title: `Claimwise module (format ${FORMAT})`,
				description:
					'A Claimwise module: an article in sections and its claims. Quotes must also occur exactly once in their section (or its heading) and cue words in their quote; see docs/content-format.md.'
			},
			null,
			'\t'
		) + '\n'
	);
}

describe('published JSON Schema', () => {
	it('matches the schema the build validates with (npm run schema updates it)', () => {
		if (process.env.UPDATE_SCHEMA) writeFileSync(file, generated());
		expect(readFileSync(file, 'utf8')).toBe(generated());
	});

	it('keeps publishing the format 1 schema for tools that read old module files', () => {
		const old = JSON.parse(readFileSync(new URL('module.v1.schema.json', schemas), 'utf8'));
		expect(old.title).toBe('Claimwise module (format 1)');
		expect(old.properties.format).toEqual({ const: 1 });
	});
});
