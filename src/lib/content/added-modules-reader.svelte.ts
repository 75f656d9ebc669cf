import type { ModuleContent } from './schema';
import { moduleCheck } from './module-check';
import { isRecord } from '$lib/is-record';
import { browserStorage } from '$lib/storage/browser-storage';
import { ADDED_MODULES_KEY } from '$lib/storage/keys';
import { NOTICES, type StoredRead } from '$lib/storage/load-stored';
import { PersistedRecord } from '$lib/storage/persisted-record.svelte';

// What a student page needs of the modules a student added: reading them, not adding them. The
// module validator (Valibot and the module schema, about 4.4 KB gzip) stays with the adder
// (`added-modules.svelte.ts`), which checks a module once, when it is added, and stores a check of
// it; a page then checks only that the stored copy is the one that was validated.

/** One module a student added: the whole module, and when it was first added (ISO 8601 time). */
export interface AddedModule {
	module: ModuleContent;
	addedAt: string;
}

/**
 * An added module as stored: with `check`, the CRC-32 of its JSON (`moduleCheck`), written when
 * it was validated. Modules stored by earlier releases have none; they are validated once more
 * and stored again with it.
 */
export interface StoredAddedModule extends AddedModule {
	check: string;
}

/** The save format this release writes under `ADDED_MODULES_KEY`. */
export const ADDED_MODULES_VERSION = 1;

/** What is stored under `ADDED_MODULES_KEY`: the added modules, in the order they were added. */
export interface SavedAddedModules {
	version: typeof ADDED_MODULES_VERSION;
	modules: StoredAddedModule[];
}

/** Far more than a browser keeps for one site (about 5 MB in most): longer text is not parsed. */
export const ADDED_MODULES_LIMIT = 5_000_000;

/**
 * What the student is told about the modules they added, where the storage layer's notices speak
 * of answers (`NOTICES`); storage that is full or switched off gets the same notices as progress.
 */
export const ADDED_NOTICES = {
	unreadable:
		'The modules you added could not be read, so the list starts afresh; the damaged copy is kept.',
	partial: 'Some modules you added could not be read and were left out; the original is kept.',
	newer:
		'The modules you added were saved by a newer version of Claimwise: reload to get them. Nothing here changes them.'
} as const;

export { moduleCheck };

const isText = (value: unknown) => typeof value === 'string';
const LABELS = ['fact', 'speculation', 'opinion'];

/**
 * Whether a stored module has the shape the pages read (the strings, numbers and lists they show
 * or loop over); the rules behind it were checked when it was added.
 */
function hasModuleShape(module: unknown): module is ModuleContent {
	return (
		isRecord(module) &&
		isText(module.id) &&
		isText(module.title) &&
		isText(module.summary) &&
		typeof module.version === 'number' &&
		isRecord(module.source) &&
		isRecord(module.licence) &&
		Array.isArray(module.sections) &&
		module.sections.length > 0 &&
		module.sections.every(
			(section) =>
				isRecord(section) && isText(section.id) && isText(section.title) && isText(section.text)
		) &&
		Array.isArray(module.claims) &&
		module.claims.every(
			(claim) =>
				isRecord(claim) &&
				isText(claim.id) &&
				isText(claim.section) &&
				isText(claim.quote) &&
				isText(claim.explanation) &&
				LABELS.includes(claim.label as string) &&
				Array.isArray(claim.cues) &&
				claim.cues.every(isText)
		)
	);
}

/**
 * Validates a module stored without a check (`validateModule` through the adder): the module
 * as it validated, or null.
 */
export type ValidateStored = (module: unknown) => ModuleContent | null;

/** What `readAddedModules` found, with how many modules it could not check without a validator. */
export type AddedRead = StoredRead<SavedAddedModules> & {
	/** Modules stored without a check, left out for want of `validate`. */
	unchecked?: number;
	/** Modules stored without a check that `validate` passed: the record should be stored again. */
	upgraded?: number;
};

/**
 * Reads the stored added modules (JSON text); never throws. A module stored with its check is
 * taken when the check matches its JSON (`moduleCheck`) and it has the shape pages read; one
 * stored without a check (by an earlier release) is validated with `validate` (`upgraded`), or,
 * without one, left out and counted (`unchecked`). An entry that is damaged (check or shape
 * wrong, not validating, no time) or repeats an id already read is left out (`partial`: the
 * storage layer then keeps the original aside). Text over `ADDED_MODULES_LIMIT` characters, or not
 * this record at all, is `unreadable`; a later `version` is `newer`.
 */
export function readAddedModules(raw: string, validate?: ValidateStored): AddedRead {
	let data: unknown;
	try {
		data = raw.length > ADDED_MODULES_LIMIT ? null : JSON.parse(raw);
	} catch {
		return { status: 'unreadable' };
	}
	if (!isRecord(data)) return { status: 'unreadable' };
	if (typeof data.version === 'number' && data.version > ADDED_MODULES_VERSION) {
		return { status: 'newer' };
	}
	if (data.version !== ADDED_MODULES_VERSION || !Array.isArray(data.modules)) {
		return { status: 'unreadable' };
	}
	const modules: StoredAddedModule[] = [];
	let unchecked = 0;
	let upgraded = 0;
	for (const entry of data.modules) {
		if (!isRecord(entry) || typeof entry.addedAt !== 'string') continue;
		let module: ModuleContent | null = null;
		if (entry.check === undefined) {
			if (!validate) {
				unchecked++;
				continue;
			}
			module = validate(entry.module);
			if (module) upgraded++;
		} else if (entry.check === moduleCheck(entry.module) && hasModuleShape(entry.module)) {
			module = entry.module;
		}
		if (module && !modules.some((kept) => kept.module.id === module.id)) {
			const check = module === entry.module ? (entry.check as string) : moduleCheck(module);
			modules.push({ module, addedAt: entry.addedAt, check });
		}
	}
	const status = modules.length + unchecked < data.modules.length ? 'partial' : 'ok';
	return { status, value: { version: ADDED_MODULES_VERSION, modules }, unchecked, upgraded };
}

/**
 * The modules a student added, as the student's pages read them (`list`, `get`, `notice`), kept
 * in the browser through the storage layer (a `PersistedRecord` under `ADDED_MODULES_KEY`) and in
 * step with other tabs. Never writes: adding and removing are `AddedModules`'s. Reading `list` in
 * a template or effect follows other tabs' changes. When `unchecked` is not 0, modules stored by
 * an earlier release were left out: a page then uses `AddedModules` instead, which validates them
 * once and stores them again with their check.
 */
export class AddedModulesReader {
	readonly record: PersistedRecord<SavedAddedModules>;
	protected readonly builtIn: ReadonlySet<string>;
	/** How many stored modules had no check, at the last read (see `readAddedModules`). */
	unchecked = 0;
	/** How many stored modules without a check were validated at the last read. */
	protected upgraded = 0;

	/**
	 * @param builtInIds the ids of the site's own modules: never listed
	 * @param storage the browser's storage by default; a `MemoryStorage` in tests; null when off
	 * @param validate the validator for modules stored without a check (the adder's)
	 */
	constructor(
		builtInIds: readonly string[],
		storage = browserStorage(),
		validate?: ValidateStored
	) {
		this.builtIn = new Set(builtInIds);
		this.record = new PersistedRecord({
			key: ADDED_MODULES_KEY,
			read: (raw) => {
				const read = readAddedModules(raw, validate);
				this.unchecked = read.unchecked ?? 0;
				this.upgraded = read.upgraded ?? 0;
				return read;
			},
			fresh: { version: ADDED_MODULES_VERSION, modules: [] },
			storage
			// Another tab's save is taken whole (the default): each is a change the student made
			// there to the list this tab had heard of, so it is the newest list.
		});
	}

	/** The modules added, oldest first; one that now has the id of a built-in module is left out. */
	get list(): readonly AddedModule[] {
		return this.record.value.modules
			.filter(({ module }) => !this.builtIn.has(module.id))
			.map(({ module, addedAt }) => ({ module, addedAt }));
	}

	/** The added module with this id, if any. */
	get(id: string): ModuleContent | undefined {
		return this.list.find(({ module }) => module.id === id)?.module;
	}

	/**
	 * What to tell the student about the added modules, in one sentence (`ADDED_NOTICES` for
	 * damaged or newer data, else the storage layer's `NOTICES`); null when all is well.
	 */
	get notice(): string | null {
		const notice = this.record.notice;
		if (notice === NOTICES.unreadable) return ADDED_NOTICES.unreadable;
		if (notice === NOTICES.partial) return ADDED_NOTICES.partial;
		if (notice === NOTICES.newer) return ADDED_NOTICES.newer;
		return notice;
	}

	/**
	 * Calls `listener` with the list each time another tab's save changed it here; never for this
	 * tab's own changes. Returns a function that stops it.
	 */
	onExternalChange(listener: (list: readonly AddedModule[]) => void): () => void {
		return this.record.onExternalChange(() => listener(this.list));
	}
}
