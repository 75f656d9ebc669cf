import { describe, expect, it } from 'vitest';
import signalWords from '$lib/content/modules/signal-words.json';
import { parseModuleData } from './load-module';

describe('module data fetched from the site', () => {
	const published = { $schema: '../schemas/module.v1.schema.json', ...signalWords };

	it('is taken when it is a valid module with the id asked for', async () => {
		const module = await parseModuleData(JSON.stringify(published), 'signal-words');
		expect(module?.claims.length).toBe(signalWords.claims.length);
	});

	it('is refused when it is not JSON, another module, or breaks the rules', async () => {
		const claims = [{ ...signalWords.claims[0], quote: 'not in the text' }];
		for (const [text, id] of [
			['<!doctype html><p>Not found</p>', 'signal-words'],
			[JSON.stringify(published), 'azerbaijan-russia'],
			[JSON.stringify({ ...published, claims }), 'signal-words'],
			[JSON.stringify({ sections: [], claims: [] }), 'signal-words'],
			['null', 'signal-words']
		]) {
			expect(await parseModuleData(text, id)).toBeNull();
		}
	});
});
