import { resolve } from '$app/paths';
import type { ModuleAddresses, PrintSheetName } from './module-addresses';

// The addresses of an added module's pages, and those a section page gets with its data: apart
// from `module-addresses.ts`, because the module, results and print pages of built-in modules
// load that file and need none of this.

/** The query names of an added module's pages: short, and stable once links are shared. */
export const ADDED_QUERY = { module: 'module', section: 'section', sheet: 'sheet' } as const;

/** The views of an added module: the last part of the path after `/my/` (`''`: module page). */
export const ADDED_VIEWS = ['', 'section', 'results', 'print'] as const;
export type AddedView = (typeof ADDED_VIEWS)[number];

const addedPage = (view: AddedView, params: Record<string, string | undefined>, query = '') => {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
	// The print choice's own query (`?sections=…&sorting=…`) follows the module's.
	const rest = query.replace(/^\?/, '');
	const path = view ? resolve('/my/[[view]]', { view }) : resolve('/my/[[view]]', {});
	return `${path.replace(/\/$/, '')}/?${search}${rest ? `&${rest}` : ''}`;
};

/**
 * The addresses of an added module's pages: `/my/?module=<id>`, `/my/section/?module=<id>&section=<id>`,
 * `/my/results/?module=<id>`, `/my/print/?module=<id>[&sheet=key|grid][&sections=…&sorting=…]`.
 * @param moduleId the module's id (a slug, `schema.ts`)
 */
export function addedAddresses(moduleId: string): ModuleAddresses {
	const { module, section, sheet } = ADDED_QUERY;
	return {
		added: true,
		module: addedPage('', { [module]: moduleId }),
		section: (sectionId) => addedPage('section', { [module]: moduleId, [section]: sectionId }),
		results: addedPage('results', { [module]: moduleId }),
		print: (printed, query) => addedPage('print', { [module]: moduleId, [sheet]: printed }, query),
		runningTitleCss: null
	};
}

/**
 * Reads an added module's page address: the module's id, the section's and the sheet's, from its
 * query string (`location.search`). Missing or empty names are null; nothing here throws.
 */
export function readAddedQuery(search: string) {
	const params = new URLSearchParams(search);
	const read = (name: string) => params.get(name)?.trim() || null;
	const sheet = read(ADDED_QUERY.sheet);
	return {
		moduleId: read(ADDED_QUERY.module),
		sectionId: read(ADDED_QUERY.section),
		sheet: sheet === 'key' || sheet === 'grid' ? sheet : sheet === null ? undefined : null
	} as { moduleId: string | null; sectionId: string | null; sheet: PrintSheetName | null };
}

// The addresses of an assignment's pages, for a built-in module and an added one alike: here,
// not in module-addresses.ts, so that pages of added modules (which load this file) load no more,
// and built-in section pages get them worked out while prerendering (`sectionLinks`).

/**
 * The assignment page of the work this browser keeps under an assignment's code:
 * `/assignment/?code=<code>`. With no code, what a code is appended to (the section page's data
 * carries that, and its script adds the code).
 * @param code six characters of Crockford's base 32, as `randomCode` makes, or ''
 */
export function assignmentPageAddress(code = ''): string {
	return `${resolve('/assignment')}/?code=${code}`;
}

/**
 * A section page worked on as part of an assignment, for a built-in module or an added one alike:
 * the section's address (`ModuleAddresses.section`) with `assignment=<code>` added to its query
 * (`/modules/<id>/<section>/?assignment=<code>`, `/my/section/?module=…&section=…&assignment=<code>`).
 * With no code, what a code is appended to.
 * @param addresses the module's addresses (`builtInAddresses` or `addedAddresses`)
 * @param sectionId the section's id
 * @param code the assignment's code, or ''
 */
export function sectionInAssignment(
	addresses: Pick<ModuleAddresses, 'section'>,
	sectionId: string,
	code = ''
): string {
	const href = addresses.section(sectionId);
	return `${href}${href.includes('?') ? '&' : '/?'}assignment=${code}`;
}

/**
 * The addresses a section page links to, as plain strings for its `data` (a built-in module's
 * are worked out while prerendering, so that the page's script builds none: section pages have
 * no bytes to spare): the list of modules, the module page, the assignment page and each section
 * in assignment mode, both to be followed by the assignment's code (`assignmentPageAddress`,
 * `sectionInAssignment`); and the two links a finished section offers in self-study, with their
 * words (`onward`, null after the last section, and `toResults`).
 * @param addresses the module's addresses (`builtInAddresses` or `addedAddresses`)
 * @param sectionIds every section of the module, in order
 * @param next the next section, or null
 */
export function sectionLinks(
	addresses: ModuleAddresses,
	sectionIds: readonly string[],
	next: { id: string; title: string } | null
) {
	return {
		home: resolve('/'),
		module: addresses.module,
		onward: next && { href: addresses.section(next.id), label: `Next section: ${next.title}` },
		toResults: { href: addresses.results, label: 'See your results' },
		assignment: assignmentPageAddress(),
		inAssignment: Object.fromEntries(
			sectionIds.map((id) => [id, sectionInAssignment(addresses, id)])
		) as Record<string, string>
	};
}

/** What `sectionLinks` gives: the section page's `data.links`. */
export type SectionLinks = ReturnType<typeof sectionLinks>;
