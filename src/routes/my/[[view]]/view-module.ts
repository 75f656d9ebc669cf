import type { AddedView } from '../added-view';
import { modulePageData } from '$lib/content/module-page-data';

/** An added module's own page: what the built-in module page shows. */
export const view: AddedView = {
	route: '/modules/[module]',
	pageData: (module) => ({ data: modulePageData(module) })
};
