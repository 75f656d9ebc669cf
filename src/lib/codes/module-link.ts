// A module shared as a link: `…/open/#M1.<deflate-raw, base64url>.<check>`. Pure: no $app
// imports. Everything read here is outside input: capped, checked, then validated.
import { FORMAT, type ModuleContent } from '$lib/content/schema';
import { validateModule } from '$lib/content/validate-module';
import { isRecord } from '$lib/is-record';
import { checkOf } from './encoding';
import { cleanCodeInput } from './find-codes';
import { LINK_TOO_LONG, MODULE_LINK_LIMIT } from './module-link-limit';

/** The format of a module link: the text before the first ".". A new format gets a new one. */
export const MODULE_LINK_PREFIX = 'M1';

export { MODULE_LINK_LIMIT };

/**
 * The most a module may take as JSON, in bytes of UTF-8 (512 KiB): a link stops unpacking once it
 * passes this, and a file larger than this is not read. The largest built-in module takes 58 KB
 * as a file (53 KB as compact JSON).
 */
export const MODULE_JSON_LIMIT = 524_288;

/**
 * What is wrong with a module link or file:
 * - `not-a-module`: no module link (another code, an empty or cut fragment), or JSON that is not
 *   a module at all;
 * - `newer`: a link format or module format this release does not know yet;
 * - `damaged`: the check fails, or what it carries cannot be unpacked (changed on the way);
 * - `too-long`: over `MODULE_LINK_LIMIT` characters (a link) or `MODULE_JSON_LIMIT` bytes (a file);
 * - `expands-too-much`: a link that unpacks to more than `MODULE_JSON_LIMIT` bytes;
 * - `invalid`: a module that breaks a rule of the module format (docs/content-format.md).
 */
export type ModuleInputProblemKind =
	'not-a-module' | 'newer' | 'damaged' | 'too-long' | 'expands-too-much' | 'invalid';

/**
 * Why a shared module was not opened: its `kind`, one calm sentence for the person who opened it
 * (`message`), and for `invalid` every rule broken (`rules`, each naming its claim or section, as
 * `validateModule` words them); for an assignment link opened as a module link, that link's part
 * after "#" (`assignment`), to open where it belongs.
 */
export interface ModuleInputProblem {
	kind: ModuleInputProblemKind;
	message: string;
	rules?: string[];
	assignment?: string;
}

/** A module read from a link or file: the valid module, or why there is none. */
export type ModuleInput =
	| { module: ModuleContent; problem?: undefined }
	| { module?: undefined; problem: ModuleInputProblem };

/** Where a shared module came from, which words its messages. */
export type ModuleSource = 'link' | 'file';

const KB = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

const MESSAGES: Record<ModuleSource, Record<Exclude<ModuleInputProblemKind, 'invalid'>, string>> = {
	link: {
		'not-a-module':
			'This link has no Claimwise module in it: ask for the whole link, or for the module’s file.',
		newer: 'This module was made with a newer version of Claimwise: reload the page to get it.',
		damaged:
			'This module link is incomplete or was changed on the way: ask for it again and copy all of it.',
		'too-long': LINK_TOO_LONG,
		'expands-too-much': `This link unpacks to more than a module can hold (${KB(MODULE_JSON_LIMIT)}), so it was not opened.`
	},
	file: {
		'not-a-module':
			'This file is not a Claimwise module: choose the .json file that was shared as the module.',
		newer: 'This module was made with a newer version of Claimwise: reload the page to get it.',
		damaged: 'This module file is damaged: ask for it again.',
		'too-long': `This file is larger than a module can be (${KB(MODULE_JSON_LIMIT)}), so it was not opened.`,
		'expands-too-much': `This file holds more than a module can (${KB(MODULE_JSON_LIMIT)}), so it was not opened.`
	}
};

/** The problem of this kind, worded for where the module came from. */
export function moduleProblem(
	kind: Exclude<ModuleInputProblemKind, 'invalid'>,
	source: ModuleSource
): { problem: ModuleInputProblem } {
	return { problem: { kind, message: MESSAGES[source][kind] } };
}

/**
 * Reads a module from its JSON text (a file's, or a link's once unpacked) and validates it with
 * `validateModule`, the schema and rules of the built-in modules. Takes the text as it is (a
 * caller caps its length first). Returns `{ module }`, or `{ problem }`: `not-a-module` for text
 * that is not JSON or not an object, `newer` for a `format` above this release's, `invalid`
 * naming the first rule broken (all of them in `rules`). Never throws.
 */
export function readModuleJson(text: string, source: ModuleSource): ModuleInput {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return moduleProblem('not-a-module', source);
	}
	// Other JSON (a result file, a collection, anything without the format's number) is not a
	// module that breaks rules: it is no module.
	if (
		!isRecord(data) ||
		typeof data.format !== 'number' ||
		!('sections' in data || 'claims' in data)
	) {
		return moduleProblem('not-a-module', source);
	}
	if (typeof data.format === 'number' && data.format > FORMAT) {
		return moduleProblem('newer', source);
	}
	const checked = validateModule(data);
	if (checked.ok) return { module: checked.module };
	const [first, ...rest] = checked.problems;
	const more = rest.length ? ` (and ${rest.length} more)` : '';
	return {
		problem: {
			kind: 'invalid',
			message: `The module in this ${source} breaks a rule of the module format, so it was not opened: ${first}${more}.`,
			rules: checked.problems
		}
	};
}

/**
 * The part of a module link after "#": `M1.<payload>.<check>`. The payload is the module as JSON
 * (the published module format, docs/content-format.md), UTF-8, compressed with the browser's own
 * `CompressionStream('deflate-raw')` (DEFLATE, RFC 1951) and written in base64url without padding
 * (RFC 4648 §5). The check is `checkOf` (CRC-32, 7 base-36 characters) of `M1.<payload>`, as in
 * assignment links. Takes a module that passes `validateModule` (a link to one that does not is
 * refused when opened). The result may be longer than `MODULE_LINK_LIMIT`: compare its length
 * before offering the link, and offer the file instead.
 */
export async function encodeModuleLink(module: ModuleContent): Promise<string> {
	const body = `${MODULE_LINK_PREFIX}.${await packModule(module)}`;
	return `${body}.${checkOf(body)}`;
}

/**
 * The payload of a module link, which assignment links that carry their module reuse: the module
 * as compact UTF-8 JSON, compressed with `CompressionStream('deflate-raw')` (RFC 1951), in
 * base64url without padding (RFC 4648 §5). Takes a valid module; returns only base64url
 * characters (no "." ever).
 */
export async function packModule(module: ModuleContent): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(module));
	const packed = await new Response(
		new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))
	).arrayBuffer();
	return bytesToBase64Url(new Uint8Array(packed));
}

/**
 * Reads the part of a module link after "#" (a whole link pasted is fine too, with words around
 * it: see `moduleLinkIn`). In this order, each step only on what passed the one before: rejects text
 * over `MODULE_LINK_LIMIT` characters (`too-long`), a missing or unknown prefix (`not-a-module`,
 * or `newer` for a later `M` format), a failed check (`damaged`); unpacks the payload as a stream,
 * stopping as soon as it passes `MODULE_JSON_LIMIT` bytes (`expands-too-much`), so a small link
 * never expands into gigabytes; then reads and validates the module (see `readModuleJson`).
 * Returns `{ module }` or `{ problem }`; never throws or rejects.
 */
/** Whether text is `M<n>.<payload>.<check>` with the right check. */
function checked(text: string): boolean {
	const parts = text.split('.');
	return (
		parts.length === 3 && /^M\d+$/.test(parts[0]) && checkOf(`${parts[0]}.${parts[1]}`) === parts[2]
	);
}

/**
 * The module link in pasted text: the link cleaned as `cleanCodeInput` cleans a code (white space
 * a mail or chat wrapped into it, "%23" for "#", punctuation at its ends), or, when that fails its
 * check, the link among words around it ("Here is the module: …/open/#M1.… Thanks!"): from "#" or
 * the first "M<n>.", the pieces between white space are joined one by one until the check
 * matches. Takes the text (characters, at most `MODULE_LINK_LIMIT` are read by the caller);
 * returns the link's part after "#" to decode; when no check matches, the cleaned text from where
 * the link starts (so that a changed link is called damaged, not "no module").
 */
export function moduleLinkIn(input: string): string {
	const whole = cleanCodeInput(input);
	if (checked(whole)) return whole;
	const hash = input.lastIndexOf('#');
	const from = hash === -1 ? input.search(/M\d+\./) : hash + 1;
	if (from === -1) return whole;
	let candidate = '';
	for (const piece of input.slice(from).split(/\s+/)) {
		candidate += piece;
		const link = candidate.replace(/[^A-Za-z0-9]+$/, '');
		if (link.split('.').length === 3 && checked(link)) return link;
		if (link.split('.').length > 3) break;
	}
	return cleanCodeInput(input.slice(from));
}

export async function decodeModuleLink(fragment: string): Promise<ModuleInput> {
	if (typeof fragment !== 'string') return moduleProblem('not-a-module', 'link');
	if (fragment.length > MODULE_LINK_LIMIT) return moduleProblem('too-long', 'link');
	const text = moduleLinkIn(fragment);
	const parts = text.split('.');
	if (parts.length !== 3 || parts[0] !== MODULE_LINK_PREFIX) {
		// A link of this format cut short (its check gone) is damaged, not from a newer release.
		if (/^A\d+$/.test(parts[0]) && parts.length > 1) {
			return {
				problem: {
					kind: 'not-a-module',
					message:
						'This is an assignment link, not a module link: open the assignment to see it with its module.',
					assignment: text
				}
			};
		}
		const kind =
			parts[0] === MODULE_LINK_PREFIX
				? 'damaged'
				: /^M\d+$/.test(parts[0]) && parts.length > 1
					? 'newer'
					: 'not-a-module';
		return moduleProblem(kind, 'link');
	}
	const [prefix, payload, check] = parts;
	if (checkOf(`${prefix}.${payload}`) !== check) return moduleProblem('damaged', 'link');
	return unpackModule(payload);
}

/**
 * Reads a module link's payload (`packModule`), once its check has passed: unpacks it as a stream
 * that stops past `MODULE_JSON_LIMIT` bytes (`expands-too-much`), then reads and validates the
 * module (`readModuleJson`). Text that is not base64url or not DEFLATE is `damaged`. Returns
 * `{ module }` or `{ problem }` worded for a link; never throws or rejects.
 */
export async function unpackModule(payload: string): Promise<ModuleInput> {
	const packed = base64UrlToBytes(payload);
	if (!packed) return moduleProblem('damaged', 'link');
	const json = await inflateCapped(packed, MODULE_JSON_LIMIT);
	if (json === 'too-much') return moduleProblem('expands-too-much', 'link');
	if (json === null) return moduleProblem('damaged', 'link');
	return readModuleJson(json, 'link');
}

// Compressed input is fed one piece at a time, the next only once the last was unpacked, so
// that no more than one piece's output is ever made ahead of the reader: DEFLATE expands a byte
// at most about 1,032 times, so a piece unpacks to at most about 264 KB.
const INPUT_PIECE = 256;

/**
 * Unpacks DEFLATE (RFC 1951) bytes into UTF-8 text, reading the output as it comes and stopping
 * once it passes `limit` bytes. Returns the text, `too-much`, or null when the bytes are not
 * DEFLATE (or are cut short) or not UTF-8.
 */
async function inflateCapped(
	packed: Uint8Array<ArrayBuffer>,
	limit: number
): Promise<string | 'too-much' | null> {
	let stopped = false;
	let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
	try {
		const stream = new DecompressionStream('deflate-raw');
		const writer = stream.writable.getWriter();
		reader = stream.readable.getReader();
		// Written without waiting for the writable side's queue (a byte count in some browsers and
		// in Node, where it would take in 16 KB of input, 16 MB of output, at once).
		const writing = (async () => {
			for (let at = 0; at < packed.length && !stopped; at += INPUT_PIECE) {
				await writer.write(packed.subarray(at, at + INPUT_PIECE));
			}
			if (!stopped) await writer.close();
		})();
		// A failure to write shows on the reading side too (the stream errors).
		writing.catch(() => undefined);
		const pieces: Uint8Array[] = [];
		let total = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.byteLength;
			if (total > limit) {
				stopped = true;
				reader.cancel().catch(() => undefined);
				return 'too-much';
			}
			pieces.push(value);
		}
		const bytes = new Uint8Array(total);
		let offset = 0;
		for (const piece of pieces) {
			bytes.set(piece, offset);
			offset += piece.byteLength;
		}
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		// not DEFLATE, cut short, followed by junk, or not UTF-8
		stopped = true;
		reader?.cancel().catch(() => undefined);
		return null;
	}
}

// encoding.ts's base64url helpers take text; a link carries compressed bytes.
/** Bytes as base64url without padding (RFC 4648 §5). */
function bytesToBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes base64url text (RFC 4648 §5, no padding) holds, or null when it is not base64url. */
function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (char) => char.charCodeAt(0));
	} catch {
		return null;
	}
}
