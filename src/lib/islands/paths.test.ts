import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base, resolve } from './paths';

// SvelteKit's own resolve, which the islands' one must agree with: not among the package's
// exports, nor typed, so loaded by its path.
const KIT_ROUTING = '../../../node_modules/@sveltejs/kit/src/utils/routing.js';
const { resolve_route } = (await import(/* @vite-ignore */ KIT_ROUTING)) as {
	resolve_route: (id: string, params: Record<string, string>) => string;
};

// Every route id the scripts built outside SvelteKit's client resolve (src/lib/content/*-addresses.ts,
// src/lib/components/KeepDataNotice.svelte), with the parameters each takes.
const ROUTES = [
	['/', []],
	['/assignment', []],
	['/teach/results', []],
	['/my/[[view]]', ['view']],
	['/modules/[module]', ['module']],
	['/modules/[module]/[section]', ['module', 'section']],
	['/modules/[module]/results', ['module']],
	['/modules/[module]/print/[[sheet]]', ['module', 'sheet']],
	['/modules/[module]/print/running-title.css', ['module']],
	['/modules/[module].json', ['module']]
] as const;

const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);

describe('resolve, for the scripts that load without SvelteKit', () => {
	it('gives the address SvelteKit gives, after the base path, for every route and parameters', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...ROUTES),
				fc.dictionary(fc.constantFrom('view', 'module', 'section', 'sheet'), segment),
				([id], params) => {
					const required = [...id.matchAll(/(?<!\[)\[(\w+)\](?!\])/g)].map((m) => m[1]);
					fc.pre(required.every((name) => params[name]));
					expect(resolve(id, params)).toBe(base + resolve_route(id, params));
				}
			)
		);
	});

	it('leaves out an optional part with its slash, and refuses a missing required one', () => {
		expect(resolve('/my/[[view]]', {})).toBe(`${base}/my`);
		expect(resolve('/my/[[view]]', { view: 'section' })).toBe(`${base}/my/section`);
		expect(resolve('/')).toBe(`${base}/`);
		expect(() => resolve('/modules/[module]', {})).toThrow("Missing parameter 'module'");
	});
});
