import type { AddedView } from '../added-view';
import { runningTitle } from '$lib/components/running-title';
import { resultsPageData } from '$lib/content/results-page-data';

/**
 * An added module's results, with the printed footer's title that a built-in module's
 * `running-title.css` sets (on the CSS page `answers`, `app.css`), which cannot exist for a module
 * the site does not know.
 */
export const view: AddedView = {
	route: '/modules/[module]/results',
	pageData: (module) => ({
		data: resultsPageData(module),
		footer: runningTitle('answers', `${module.title} · Answer sheet`)
	})
};
