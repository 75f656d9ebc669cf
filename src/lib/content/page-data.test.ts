import { describe, expect, it } from 'vitest';
import { buildModule } from './fixtures/module-built-at-run-time';
import { homePageData, printPageData, sectionPageData, teachPageData } from './page-data';

describe('page data of a module built at run time', () => {
	it('has a page for each of its sections, and none for a section it does not have', () => {
		const module = buildModule();
		expect(sectionPageData(module, 'what-happened')?.next).toEqual({
			id: 'what-comes-next',
			title: 'What comes next'
		});
		expect(sectionPageData(module, 'what-comes-next')?.next).toBeNull();
		for (const id of ['results', 'no-such-section', 'constructor']) {
			expect(sectionPageData(module, id)).toBeNull();
		}
	});

	it('prints a worksheet, a key and a grid, and nothing under any other name', () => {
		const module = buildModule();
		expect(printPageData(module, '')?.kind).toBe('worksheet');
		expect(printPageData(module, 'key')?.kind).toBe('key');
		expect(printPageData(module, 'grid')?.kind).toBe('grid');
		for (const sheet of ['answers', 'constructor', 'toString', '__proto__']) {
			expect(printPageData(module, sheet)).toBeNull();
		}
	});

	it('counts the claims each section asks in two and in three groups, for the teacher', () => {
		const [shown] = teachPageData([buildModule()]).modules;
		expect(shown.sections).toEqual([
			{ id: 'what-happened', title: 'What happened', twoWay: 2, threeWay: 2 },
			{ id: 'what-comes-next', title: 'What comes next', twoWay: 2, threeWay: 3 }
		]);
		expect(homePageData([buildModule()]).modules[0]).toMatchObject({
			id: 'local-bake-sale',
			sectionCount: 2
		});
	});
});
