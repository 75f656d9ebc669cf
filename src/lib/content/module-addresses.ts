import { resolve } from '$app/paths';

/** The printable sheets: the worksheet (no name), its answer key and the answer grid. */
export type PrintSheetName = undefined | 'key' | 'grid';

/**
 * Every address of one module's pages, so that the same page components serve a built-in module
 * (`/modules/<id>/…`, prerendered per module) and a module a student added (one prerendered page
 * per view, `/my/…?module=<id>`, that reads the module in the browser: a static site cannot
 * prerender ids it does not know). Each address is a path from the site's root, base path
 * included, with a trailing slash (the site's pages are folders).
 */
export interface ModuleAddresses {
	/** Whether the module is one a student added (its pages read it from the browser). */
	added: boolean;
	/** The module page. */
	module: string;
	/** A section page, in self-study. */
	section: (sectionId: string) => string;
	/** The results page. */
	results: string;
	/**
	 * A printed sheet, with the print choice's query (`printQuery`: `''` or `?sections=…`) added
	 * to it; `query` is `''` for every section in two-way sorting.
	 */
	print: (sheet: PrintSheetName, query?: string) => string;
	/**
	 * The stylesheet that puts the module's title in the printed footer (built-in modules only:
	 * an added module's title is set in the browser with `runningTitle`); null for an added module.
	 */
	runningTitleCss: string | null;
}

/**
 * The addresses of a built-in module's pages (`/modules/<id>/…`). An added module's are made by
 * `addedAddresses`, in `added-addresses.ts`, a file of its own so that no built-in page loads
 * its code.
 * @param moduleId the module's id (a slug, `schema.ts`)
 */
export function builtInAddresses(moduleId: string): ModuleAddresses {
	const module = resolve('/modules/[module]', { module: moduleId });
	return {
		added: false,
		module,
		section: (section) => resolve('/modules/[module]/[section]', { module: moduleId, section }),
		results: resolve('/modules/[module]/results', { module: moduleId }),
		print: (sheet, query = '') =>
			`${resolve('/modules/[module]/print/[[sheet]]', { module: moduleId, sheet })}/${query}`,
		runningTitleCss: resolve('/modules/[module]/print/running-title.css', { module: moduleId })
	};
}
