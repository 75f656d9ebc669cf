import { describe, expect, it } from 'vitest';
import { answerFor, isHostOnly } from './site-addresses';

const site = (base: string) =>
	new Set(
		['/', '/teach/', '/modules/signal-words/', '/modules/signal-words/the-news/', '/404.html'].map(
			(path) => `${base}${path}`
		)
	);

for (const base of ['', '/claimwise']) {
	describe(`Addresses on a site at "${base || '/'}"`, () => {
		const own = site(base);
		const answer = (address: string) =>
			answerFor(new URL(`${base}${address}`, 'https://school.example'), own, base);

		it('answers a page of this version from the cache, whatever its query', () => {
			expect(answer('/teach/')).toEqual({ kind: 'cached', path: `${base}/teach/` });
			expect(answer('/modules/signal-words/the-news/?assignment=K7P2QX')).toEqual({
				kind: 'cached',
				path: `${base}/modules/signal-words/the-news/`
			});
		});

		it('redirects an address without its trailing slash to the page, keeping the query', () => {
			expect(answer('/teach')).toEqual({ kind: 'redirect', location: `${base}/teach/` });
			expect(answer('/modules/signal-words')).toEqual({
				kind: 'redirect',
				location: `${base}/modules/signal-words/`
			});
			expect(answer('/modules/signal-words/the-news?assignment=K7P2QX')).toEqual({
				kind: 'redirect',
				location: `${base}/modules/signal-words/the-news/?assignment=K7P2QX`
			});
		});

		it('redirects …/index.html to the page', () => {
			expect(answer('/index.html')).toEqual({ kind: 'redirect', location: `${base}/` });
			expect(answer('/teach/index.html?x=1')).toEqual({
				kind: 'redirect',
				location: `${base}/teach/?x=1`
			});
		});

		it('calls an address the site has no page for unknown', () => {
			expect(answer('/modules/nope/')).toEqual({ kind: 'unknown' });
			expect(answer('/modules/nope')).toEqual({ kind: 'unknown' });
			expect(answer('/teach/nope/index.html')).toEqual({ kind: 'unknown' });
		});

		it('leaves host-only files out, at the site root only', () => {
			expect(isHostOnly(`${base}/_headers`, base)).toBe(true);
			expect(isHostOnly(`${base}/_redirects`, base)).toBe(true);
			expect(isHostOnly(`${base}/schemas/_headers`, base)).toBe(false);
			expect(isHostOnly(`${base}/robots.txt`, base)).toBe(false);
		});
	});
}

describe('Addresses outside the base path', () => {
	it('leaves them to the browser', () => {
		const own = site('/claimwise');
		const url = (path: string) => new URL(path, 'https://school.example');
		expect(answerFor(url('/teach/'), own, '/claimwise')).toEqual({ kind: 'elsewhere' });
		expect(answerFor(url('/claimwise-old/teach/'), own, '/claimwise')).toEqual({
			kind: 'elsewhere'
		});
	});
});
