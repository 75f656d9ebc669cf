import { describe, expect, it } from 'vitest';
import { assignmentPageHref, assignmentSectionHref } from './assignment-links';
import { builtInAddresses } from '$lib/content/module-addresses';
import { addedAddresses, sectionLinks } from '$lib/content/added-addresses';

describe('the addresses of an assignment’s sections', () => {
	it('lead to a built-in module’s section pages in assignment mode', () => {
		expect(assignmentSectionHref(builtInAddresses('signal-words'), 'the-news', 'K7P2QX')).toBe(
			'/modules/signal-words/the-news/?assignment=K7P2QX'
		);
	});

	it('lead to an added module’s section pages in assignment mode', () => {
		expect(assignmentSectionHref(addedAddresses('local-vote'), 'intro', 'K7P2QX')).toBe(
			'/my/section/?module=local-vote&section=intro&assignment=K7P2QX'
		);
	});

	it('are the ones a section page offers, for either kind of module', () => {
		for (const addresses of [builtInAddresses('m'), addedAddresses('m')]) {
			const links = sectionLinks(addresses, ['one', 'two'], null);
			expect(`${links.inAssignment.two}K7P2QX`).toBe(
				assignmentSectionHref(addresses, 'two', 'K7P2QX')
			);
			expect(`${links.assignment}K7P2QX`).toBe(assignmentPageHref('K7P2QX'));
		}
		expect(assignmentPageHref('K7P2QX')).toBe('/assignment/?code=K7P2QX');
	});
});
