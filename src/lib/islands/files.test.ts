import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { ISLANDS, islandScript } from './files';

describe('the scripts of pages without SvelteKit’s client', () => {
	it('are asked for relative to their page, with the version, so any base path works', () => {
		expect(islandScript('/my/section', '1796', false)).toBe(
			'../../_app/island/added-section.js?v=1796'
		);
		// A version with characters an address cannot hold as they are.
		expect(islandScript('/my/section', 'v 2&x', false)).toBe(
			'../../_app/island/added-section.js?v=v%202%26x'
		);
	});

	it('come from their source under vite dev, and only for their own page', () => {
		expect(islandScript('/my/section', '1', true)).toBe('/src/routes/my/section/island.ts');
		expect(islandScript('/my/[[view]]', '1', false)).toBeNull();
		expect(islandScript(null, '1', false)).toBeNull();
	});

	it('each have a source that exists and a page of their own', () => {
		for (const island of ISLANDS) {
			expect(existsSync(island.source), island.source).toBe(true);
			const page = `src/routes${island.route}/+page.svelte`;
			expect(existsSync(page), page).toBe(true);
		}
	});
});
