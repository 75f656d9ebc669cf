import type { ModuleContent } from './schema';
import { validateModule } from './validate-module';
import {
	ADDED_MODULES_VERSION,
	AddedModulesReader,
	moduleCheck,
	readAddedModules as readStored,
	type AddedModule,
	type AddedRead
} from './added-modules-reader.svelte';
import { browserStorage } from '$lib/storage/browser-storage';
import { NOTICES } from '$lib/storage/load-stored';
import { ModuleProgress } from '$lib/progress/module-progress.svelte';

// Student pages that only read the added modules use `AddedModulesReader`
// (`added-modules-reader.svelte.ts`), which leaves the module validator out; this file adds, replaces and removes them, and validates each module it stores.
export {
	ADDED_MODULES_LIMIT,
	ADDED_MODULES_VERSION,
	ADDED_NOTICES,
	AddedModulesReader,
	moduleCheck,
	type AddedModule,
	type SavedAddedModules,
	type StoredAddedModule
} from './added-modules-reader.svelte';

const validateStored = (module: unknown) => {
	const checked = validateModule(module);
	return checked.ok ? checked.module : null;
};

/**
 * Reads the stored added modules (JSON text) as `AddedModulesReader` does, validating with
 * `validateModule` each module stored without a check (by an earlier release); never throws.
 * See the reader's `readAddedModules` for what is left out and why.
 */
export const readAddedModules = (raw: string): AddedRead => readStored(raw, validateStored);

/**
 * Whether `next` is a version of `added` rather than another module that happens to use the same
 * id: the same id, source name and licence attribution. A module from another teacher, or about
 * another text, differs in at least one of them in practice.
 */
export function isSameModule(added: ModuleContent, next: ModuleContent): boolean {
	return (
		added.id === next.id &&
		added.source.name === next.source.name &&
		added.licence.attribution === next.licence.attribution
	);
}

/**
 * What adding a module would do, as `AddedModules.check` finds it:
 * - `new`: no module with its id was added; it can be added.
 * - `update`: a newer version of a module already added (`current`); adding it keeps the answers
 *   to the claims it still has (`kept`, claim ids answered) and drops the others (`dropped`).
 * - `different`: another module with the same id was added (`current`), or one with the same id
 *   and version but other content; it is added only when the
 *   student chose to replace that one (`add(module, { replace: true })`), and that one's answers
 *   are taken back (`dropped`).
 * - `refused`: never added, with one calm sentence why (`message`): `built-in` (the id of a module
 *   of the site), `not-newer` (this version or a newer one is already added), `invalid` (not a valid
 *   module, `validateModule`).
 */
export type AddCheck =
	| { kind: 'new' }
	| { kind: 'update'; current: ModuleContent; kept: string[]; dropped: string[] }
	| { kind: 'different'; current: ModuleContent; dropped: string[]; message: string }
	| { kind: 'refused'; reason: 'built-in' | 'not-newer' | 'invalid'; message: string };

/** A JSON value as text with every object's keys in order, to compare modules by content. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_, item) =>
		item && typeof item === 'object' && !Array.isArray(item)
			? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)))
			: item
	);
}

/**
 * What `add` did: `added`, `updated` (with the answered claim ids `kept` and `dropped`) or
 * `replaced` (another module with the same id, its answers `dropped`); or, with nothing changed,
 * why not (`refused`, or `different` when the student did not choose to replace that module, or
 * `not-stored` when the browser would not store it: a module's pages open only from what is
 * stored), with one calm sentence (`message`).
 */
export type AddOutcome =
	| { kind: 'added' }
	| { kind: 'updated'; kept: string[]; dropped: string[] }
	| { kind: 'replaced'; dropped: string[] }
	| Extract<AddCheck, { kind: 'refused' | 'different' }>
	| NotStored;

/** A change the browser would not store, undone, with one calm sentence why (`message`). */
export interface NotStored {
	kind: 'not-stored';
	message: string;
}

/** What `remove` did: `removed`, `absent` (no module with that id), or `not-stored`. */
export type RemoveOutcome = { kind: 'removed' } | { kind: 'absent' } | NotStored;

/**
 * The modules a student added from links and files, kept in the browser through the storage
 * layer (a `PersistedRecord` under `ADDED_MODULES_KEY`): each module validated when it is added and
 * stored with its check (`moduleCheck`), saved on every change, in step with other tabs. A module's answers live in its `ModuleProgress`, under its id,
 * like a built-in module's. Reading `list` in a template or effect follows other tabs' changes.
 */
export class AddedModules extends AddedModulesReader {
	readonly #storage: Storage | null;

	/**
	 * Reads the added modules; those stored without a check (by an earlier release) are validated
	 * and, when they pass, stored again with it.
	 * @param builtInIds the ids of the site's own modules: never added, never listed
	 * @param storage the browser's storage by default; a `MemoryStorage` in tests; null when off
	 */
	constructor(builtInIds: readonly string[], storage = browserStorage()) {
		super(builtInIds, storage, validateStored);
		this.#storage = storage;
		if (this.upgraded) this.record.set(this.record.value);
	}

	/** Whether the browser lets nothing be stored (storage off): then no module can be added. */
	get storageOff(): boolean {
		return this.record.notice === NOTICES.disabled;
	}

	/** What `add(module)` would do, without doing it: the page asks the student first when needed. */
	check(module: ModuleContent): AddCheck {
		if (!validateModule(module).ok) {
			return {
				kind: 'refused',
				reason: 'invalid',
				message: 'This is not a module Claimwise can use.'
			};
		}
		const title = `“${module.title}”`;
		if (this.builtIn.has(module.id)) {
			return {
				kind: 'refused',
				reason: 'built-in',
				message: `${title} has the id of a module that comes with Claimwise, so it cannot be added; ask whoever made it to give it another id.`
			};
		}
		const current = this.get(module.id);
		if (!current) return { kind: 'new' };
		const answered = Object.keys(this.#progress(current).answers);
		if (!isSameModule(current, module)) {
			return {
				kind: 'different',
				current,
				dropped: answered,
				message: `You already added another module with this id, “${current.title}”: add ${title} only if it should replace that one and its answers.`
			};
		}
		if (module.version === current.version && canonical(module) !== canonical(current)) {
			return {
				kind: 'different',
				current,
				dropped: answered,
				message: `You already added a module with this id and version, “${current.title}”, with other content: add ${title} only if it should replace that one and its answers.`
			};
		}
		if (module.version <= current.version) {
			return {
				kind: 'refused',
				reason: 'not-newer',
				message:
					module.version === current.version
						? `You already added this version of ${title}.`
						: `You already have a newer version of ${title} (version ${current.version}), so this one (version ${module.version}) was not added.`
			};
		}
		const claims = new Set(module.claims.map((claim) => claim.id));
		return {
			kind: 'update',
			current,
			kept: answered.filter((id) => claims.has(id)),
			dropped: answered.filter((id) => !claims.has(id))
		};
	}

	/**
	 * Adds a module (validated: from `decodeModuleLink` or `parseModuleFile`). A new id is added at
	 * the end; a newer version of a module already added takes its place, keeping the answers to the
	 * claims it still has; another module with the same id takes its place only with `replace`
	 * (the student chose it), and that module's answers are taken back. Refused, with nothing
	 * changed: an invalid module, the id of a built-in module, the same or an older version.
	 * Storage full or off, or a newer release's modules stored: `not-stored`, with nothing changed
	 * (a module's pages read it from storage, so one kept only in this tab could not open).
	 */
	add(module: ModuleContent, { replace = false }: { replace?: boolean } = {}): AddOutcome {
		const check = this.check(module);
		if (check.kind === 'refused' || (check.kind === 'different' && !replace)) return check;
		const modules = this.record.value.modules;
		if (check.kind === 'new') {
			if (!this.#save([...modules, { module, addedAt: new Date().toISOString() }])) {
				return this.#notStored(modules, module.title);
			}
			return { kind: 'added' };
		}
		const others = modules.filter((entry) => entry.module.id !== module.id);
		if (check.kind === 'update') {
			const addedAt = modules.find((entry) => entry.module.id === module.id)!.addedAt;
			const updated = modules.map((entry) =>
				entry.module.id === module.id ? { module, addedAt } : entry
			);
			if (!this.#save(updated)) return this.#notStored(modules, module.title);
			// saved from now on under the new version
			this.#progress(module).clearAnswers(check.dropped);
			return { kind: 'updated', kept: check.kept, dropped: check.dropped };
		}
		if (!this.#save([...others, { module, addedAt: new Date().toISOString() }])) {
			return this.#notStored(modules, module.title);
		}
		this.#progress(check.current).startOver();
		return { kind: 'replaced', dropped: check.dropped };
	}

	/**
	 * Keeps a module its author is trying as a student, as it is now: unlike `add`, whatever its
	 * version and source, since an author tries each change before sharing it as a new version.
	 * It takes the place of the copy with the same id, keeping the answers to the claims it still
	 * has. Refused, with nothing changed: an invalid module, the id of a built-in module.
	 */
	keepForTrying(module: ModuleContent): AddOutcome {
		const check = this.check(module);
		if (check.kind === 'refused' && check.reason !== 'not-newer') return check;
		const current = this.get(module.id);
		if (!current) return this.add(module);
		const claims = new Set(module.claims.map((claim) => claim.id));
		const answered = Object.keys(this.#progress(current).answers);
		const dropped = answered.filter((id) => !claims.has(id));
		const modules = this.record.value.modules;
		const kept = modules.map((entry) =>
			entry.module.id === module.id ? { module, addedAt: entry.addedAt } : entry
		);
		if (!this.#save(kept)) return this.#notStored(modules, module.title);
		this.#progress(module).clearAnswers(dropped);
		return { kind: 'updated', kept: answered.filter((id) => claims.has(id)), dropped };
	}

	/**
	 * Removes an added module and takes back its answers (call it once the student confirmed, and
	 * was offered their progress to download). `absent` when no module with this id was added;
	 * `not-stored` (module and answers left as they were) when the browser would not store the
	 * change, or when a newer release's modules are stored. `title` names it in the message.
	 */
	remove(id: string, title = this.get(id)?.title ?? id): RemoveOutcome {
		const modules = this.record.value.modules;
		// A newer release's modules are not read here: this one may be among them.
		if (this.record.notice === NOTICES.newer) return this.#notStored(modules, title, 'removed');
		const current = this.get(id);
		if (!current) return { kind: 'absent' };
		if (!this.#save(modules.filter(({ module }) => module.id !== id))) {
			return this.#notStored(modules, title, 'removed');
		}
		this.#progress(current).startOver();
		return { kind: 'removed' };
	}

	/**
	 * Puts the modules back as they were before a change the browser would not store, and says why
	 * in words a student can act on, naming the module (`title`) and what could not be done to it.
	 */
	#notStored(
		before: readonly AddedModule[],
		title: string,
		done: 'added' | 'removed' = 'added'
	): NotStored {
		this.#save(before);
		const why =
			this.record.notice === NOTICES.newer
				? 'your modules were saved by a newer version of Claimwise. Reload the page to get it, then try again.'
				: done === 'added'
					? 'this browser is not letting Claimwise keep it. Open the link in a normal (not private) window or another browser, or ask your teacher.'
					: 'this browser is not letting Claimwise save.';
		return { kind: 'not-stored', message: `“${title}” could not be ${done}, because ${why}` };
	}

	/**
	 * Stores the modules, each with its check (`moduleCheck`) for the pages that read them.
	 * Returns whether the browser stored them.
	 */
	#save(modules: readonly AddedModule[]): boolean {
		return this.record.set({
			version: ADDED_MODULES_VERSION,
			modules: modules.map(({ module, addedAt }) => ({
				module,
				addedAt,
				check: moduleCheck(module)
			}))
		});
	}

	/** The progress of an added module, read through the storage layer like a built-in one's. */
	#progress(module: ModuleContent) {
		return new ModuleProgress(module.id, module.version, this.#storage);
	}
}
