import { describe, expect, it } from 'vitest';
import { builtInAddresses } from './module-addresses';
import { addedAddresses, readAddedQuery, sectionLinks } from './added-addresses';

describe('The addresses of a module’s pages', () => {
	it('put a built-in module’s pages under /modules/<id>/, as prerendered', () => {
		const at = builtInAddresses('signal-words');
		expect(at.module).toBe('/modules/signal-words');
		expect(at.section('the-news')).toBe('/modules/signal-words/the-news');
		expect(at.results).toBe('/modules/signal-words/results');
		expect(at.print(undefined)).toBe('/modules/signal-words/print/');
		expect(at.print('key', '?sorting=three-way')).toBe(
			'/modules/signal-words/print/key/?sorting=three-way'
		);
		expect(at.runningTitleCss).toBe('/modules/signal-words/print/running-title.css');
	});

	it('put an added module’s pages on the /my/ pages, the module named in the query', () => {
		const at = addedAddresses('local-vote');
		expect(at.module).toBe('/my/?module=local-vote');
		expect(at.section('intro')).toBe('/my/section/?module=local-vote&section=intro');
		expect(at.results).toBe('/my/results/?module=local-vote');
		expect(at.print(undefined)).toBe('/my/print/?module=local-vote');
		expect(at.print('grid', '?sections=a,b&sorting=three-way')).toBe(
			'/my/print/?module=local-vote&sheet=grid&sections=a,b&sorting=three-way'
		);
		expect(at.runningTitleCss).toBeNull();
	});

	it('read back what they wrote, and nothing from a mangled query', () => {
		const at = addedAddresses('local-vote');
		expect(readAddedQuery(new URL(at.section('intro'), 'https://x.test').search)).toEqual({
			moduleId: 'local-vote',
			sectionId: 'intro',
			sheet: undefined
		});
		expect(readAddedQuery(new URL(at.print('key'), 'https://x.test').search).sheet).toBe('key');
		expect(readAddedQuery('?sheet=answers').sheet).toBeNull();
		expect(readAddedQuery('?module=%20&section=')).toEqual({
			moduleId: null,
			sectionId: null,
			sheet: undefined
		});
		expect(readAddedQuery('%%%').moduleId).toBeNull();
	});

	it('give a section page every address it links to, in self-study and in an assignment', () => {
		expect(sectionLinks(addedAddresses('m'), ['one', 'two'], { id: 'two', title: 'Two' })).toEqual({
			home: '/',
			module: '/my/?module=m',
			onward: { href: '/my/section/?module=m&section=two', label: 'Next section: Two' },
			toResults: { href: '/my/results/?module=m', label: 'See your results' },
			assignment: '/assignment/?code=',
			inAssignment: {
				one: '/my/section/?module=m&section=one&assignment=',
				two: '/my/section/?module=m&section=two&assignment='
			}
		});
		const builtIn = sectionLinks(builtInAddresses('m'), ['one'], null);
		expect(builtIn.onward).toBeNull();
		expect(builtIn.inAssignment.one).toBe('/modules/m/one/?assignment=');
	});
});
