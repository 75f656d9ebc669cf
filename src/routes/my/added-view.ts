import type { Attachment } from 'svelte/attachments';
import type { ModuleContent } from '$lib/content/schema';
import type { ModuleAddresses, PrintSheetName } from '$lib/content/module-addresses';

/** What a view of an added module needs from its address, besides the module (`readAddedQuery`). */
export interface ViewQuery {
	sectionId: string | null;
	sheet: PrintSheetName | null | undefined;
}

/**
 * One view of an added module (`''`: module page, `section`, `results`, `print`), each in a file
 * of its own, so that a page loads only its own view's code:
 * - `route`: the SvelteKit route id of the built-in page that shows it;
 * - `pageData`: the page's `data` for this module and address, or a `problem` (one calm sentence
 *   that names the module: no such section or sheet);
 * - `footer`: for printed pages, the attachment that writes the printed footer's title.
 */
export interface AddedView {
	route: string;
	pageData(
		module: ModuleContent,
		addresses: ModuleAddresses,
		query: ViewQuery
	): { data: unknown; footer?: Attachment } | { problem: string };
}
