import { afterEach, describe, expect, it, vi } from 'vitest';
import signalWords from '$lib/content/modules/signal-words.json';
import { fetchModule, loadModule, parseModuleData } from './load-module';

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

describe('fetching a module for an assignment', () => {
	const published = JSON.stringify(signalWords);
	const answer =
		(status: number, body = '') =>
		() =>
			Promise.resolve(new Response(body, { status }));

	const renamedFirstClaim = signalWords.claims.map((claim, i) =>
		i === 0 ? { ...claim, id: 'constructor' } : claim
	);

	afterEach(() => vi.unstubAllGlobals());

	it('hands over the module when the site has it', async () => {
		vi.stubGlobal('fetch', vi.fn(answer(200, published)));
		const fetched = await fetchModule('signal-words');
		expect(fetched.module?.id).toBe('signal-words');
	});

	it('tells a module the site does not have from a network that failed', async () => {
		const cases: [() => Promise<Response>, string][] = [
			[answer(404, '<!doctype html><p>Not found</p>'), 'missing'],
			[answer(410), 'missing'],
			[answer(500), 'unreachable'],
			[answer(503), 'unreachable'],
			[() => Promise.reject(new TypeError('Failed to fetch')), 'unreachable'],
			[answer(200, '<!doctype html><p>A page</p>'), 'unreadable'],
			// Well-formed JSON that breaks the module rules is no module either.
			[answer(200, JSON.stringify({ ...signalWords, claims: [] })), 'unreadable'],
			[answer(200, JSON.stringify({ ...signalWords, claims: renamedFirstClaim })), 'unreadable']
		];
		for (const [fetcher, problem] of cases) {
			vi.stubGlobal('fetch', vi.fn(fetcher));
			expect(await fetchModule('signal-words')).toEqual({ problem });
			expect(await loadModule('signal-words')).toBeNull();
		}
	});
});
