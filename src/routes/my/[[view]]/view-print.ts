import type { AddedView } from '../added-view';
import { runningTitle } from '$lib/components/running-title';
import { printPageData } from '$lib/content/print-page-data';

/** The CSS page (`print-sheets.css`) and footer title of each printed sheet. */
const SHEETS = {
	'': ['worksheet', 'Worksheet'],
	key: ['key', 'Answer key'],
	grid: ['grid', 'Answer grid']
} as const;

/** An added module's worksheet, answer key or answer grid, with its printed footer's title. */
export const view: AddedView = {
	route: '/modules/[module]/print/[[sheet]]',
	pageData(module, _addresses, { sheet }) {
		const data = sheet === null ? null : printPageData(module, sheet ?? '');
		if (!data) {
			return {
				problem: `“${module.title}” has no such printable sheet: choose one on the module’s page.`
			};
		}
		const [page, name] = SHEETS[sheet ?? ''];
		return { data, footer: runningTitle(page, `${module.title} · ${name}`) };
	}
};
