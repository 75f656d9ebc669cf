import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { moduleSchema } from './schema';

const file = new URL('../../../static/schemas/module.v1.schema.json', import.meta.url);

function generated() {
	const schema = toJsonSchema(moduleSchema, { errorMode: 'ignore' });
	return (
		JSON.stringify(
			{
				...schema,
				$id: 'module.v1.schema.json',
				title: 'Claimwise module (format 1)',
				description:
					'A Claimwise module: an article in sections and its claims. Quotes must also occur exactly once in their section and cue words in their quote; see docs/content-format.md.'
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
});
