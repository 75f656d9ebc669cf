import { isRecord } from '$lib/is-record';
import { browserStorage } from '$lib/storage/browser-storage';
import { NOTICES, type Notice, type StoredRead } from '$lib/storage/load-stored';
import { PersistedRecord } from '$lib/storage/persisted-record.svelte';
import { DRAFTS_KEY } from '$lib/storage/keys';
import { isDraft, type Draft } from './draft';

/** The save format this release writes under `DRAFTS_KEY`. */
export const DRAFTS_VERSION = 1;

/** What is stored under `DRAFTS_KEY`: every draft, in the order they were started. */
export interface SavedDrafts {
	version: typeof DRAFTS_VERSION;
	drafts: Draft[];
}

/** Far more than a browser keeps for one site (about 5 MB in most): longer text is not parsed. */
export const DRAFTS_LIMIT = 5_000_000;

/** What the teacher is told about saving drafts, for each of the storage layer's notices. */
export const DRAFT_NOTICES: Record<Notice, string> = {
	[NOTICES.disabled]:
		'This browser is not letting Claimwise save, so your draft lasts only while this tab is open.',
	[NOTICES.full]:
		'Your browser’s storage is full, so your latest changes are kept only while this tab is open.',
	[NOTICES.unreadable]:
		'Your saved drafts could not be read, so the list starts afresh; the damaged copy is kept.',
	[NOTICES.partial]: 'Some saved drafts could not be read and were left out; the original is kept.',
	[NOTICES.newer]:
		'Your drafts were saved by a newer version of Claimwise: reload to get them. Nothing here changes them.',
	[NOTICES.updated]: NOTICES.updated
};

/**
 * Reads the stored drafts (JSON text); never throws. A draft that is not one (`isDraft`) or repeats
 * a key already read is left out (`partial`: the storage layer keeps the original aside). Text over
 * `DRAFTS_LIMIT` characters, or not this record, is `unreadable`; a later `version` is `newer`.
 */
export function readDrafts(raw: string): StoredRead<SavedDrafts> {
	let data: unknown;
	try {
		data = raw.length > DRAFTS_LIMIT ? null : JSON.parse(raw);
	} catch {
		return { status: 'unreadable' };
	}
	if (!isRecord(data)) return { status: 'unreadable' };
	if (typeof data.version === 'number' && data.version > DRAFTS_VERSION) return { status: 'newer' };
	if (data.version !== DRAFTS_VERSION || !Array.isArray(data.drafts))
		return { status: 'unreadable' };
	const drafts: Draft[] = [];
	for (const draft of data.drafts) {
		if (isDraft(draft) && !drafts.some(({ key }) => key === draft.key)) drafts.push(draft);
	}
	const status = drafts.length < data.drafts.length ? 'partial' : 'ok';
	return { status, value: { version: DRAFTS_VERSION, drafts } };
}

/**
 * A teacher's module drafts, kept in the browser through the storage layer (one
 * `PersistedRecord` under `DRAFTS_KEY`): saved after every change, with a calm notice when the
 * browser will not keep them, and in step with other tabs (another tab's save is taken whole, and
 * every change here starts from the latest, so two tabs editing keep each other's changes).
 */
export class Drafts {
	readonly record: PersistedRecord<SavedDrafts>;

	/** @param storage the browser's storage by default; a `MemoryStorage` in tests; null when off */
	constructor(storage = browserStorage()) {
		this.record = new PersistedRecord({
			key: DRAFTS_KEY,
			read: readDrafts,
			fresh: { version: DRAFTS_VERSION, drafts: [] },
			storage
		});
	}

	/** Every draft, the one changed last first. */
	get list(): readonly Draft[] {
		return this.record.value.drafts.toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt));
	}

	/** The draft with this key, or undefined. */
	get(key: string): Draft | undefined {
		return this.record.value.drafts.find((draft) => draft.key === key);
	}

	/** What to tell the teacher about saving, in one sentence; null when all is well. */
	get notice(): string | null {
		const notice = this.record.notice;
		return notice && DRAFT_NOTICES[notice];
	}

	/** Keeps a new draft. */
	add(draft: Draft) {
		const { drafts } = this.record.value;
		this.record.set({ version: DRAFTS_VERSION, drafts: [...drafts, draft] });
	}

	/**
	 * Changes the draft with this key, starting from what is kept now (another tab's latest save
	 * included), and stamps it with the time of the change. No change for an unknown key.
	 */
	update(key: string, change: (draft: Draft) => Draft) {
		const { drafts } = this.record.value;
		const i = drafts.findIndex((draft) => draft.key === key);
		if (i === -1) return;
		const changed = change(drafts[i]);
		if (changed === drafts[i]) return;
		const next = { ...changed, updatedAt: new Date().toISOString() };
		this.record.set({ version: DRAFTS_VERSION, drafts: drafts.with(i, next) });
	}

	/** Deletes the draft with this key. */
	remove(key: string) {
		const drafts = this.record.value.drafts.filter((draft) => draft.key !== key);
		this.record.set({ version: DRAFTS_VERSION, drafts });
	}
}
