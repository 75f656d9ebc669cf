// fast-check generators of hostile module links and files: random, mutated and crafted to pass
// the check digits. Shared by the module link and file tests (which hold that none throws) and
// `npm run bench:hostile` (which measures how fast each is refused).
import fc from 'fast-check';
import { checkOf } from './encoding';
import { junkArb, mutated } from './arbitraries';
import { moduleArb } from './module-arbitraries';
import { moduleFileText } from './module-file';

/** Bytes packed the way a module link packs them (DEFLATE, RFC 1951). */
export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
	const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Bytes as base64url without padding (RFC 4648 §5), as module links carry them. */
export function base64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A link with a correct check around any payload: what someone crafting a link can make. */
export function withCheck(payload: string, prefix = 'M1'): string {
	const body = `${prefix}.${payload}`;
	return `${body}.${checkOf(body)}`;
}

/** A link that passes the check and unpacks to `text`. */
export async function craftedLink(text: string): Promise<string> {
	return withCheck(base64Url(await deflate(new TextEncoder().encode(text))));
}

/** How to make one hostile link: as it is, a payload given a correct check, or JSON packed. */
export type HostileLink = { text: string } | { payload: string } | { packed: string };

/** The link a `HostileLink` stands for. */
export async function hostileLinkText(made: HostileLink): Promise<string> {
	return 'text' in made
		? made.text
		: 'payload' in made
			? withCheck(made.payload)
			: await craftedLink(made.packed);
}

/**
 * Hostile module links: junk, "M1." with random text, single-character changes of the valid
 * `links` given, and links crafted to pass the check that are not DEFLATE, unpack to JSON that is
 * no module, to an older format, or to a module whose quote is not in its text.
 */
export function hostileLinkArb(links: readonly string[]): fc.Arbitrary<HostileLink> {
	const crafted = fc.oneof(
		fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ payload: base64Url(bytes) })),
		fc.json().map((text) => ({ packed: text })),
		moduleArb.map((module) => ({ packed: JSON.stringify({ ...module, format: 1 }) })),
		moduleArb.map((module) => ({
			packed: JSON.stringify(module).replace(/"quote":"[^"]*"/, '"quote":"Not in the text."')
		}))
	);
	return fc.oneof(
		junkArb.map((text) => ({ text })),
		fc.string({ maxLength: 200 }).map((s) => ({ text: `M1.${s}` })),
		mutated(fc.constantFrom(...links)).map((text) => ({ text })),
		crafted
	);
}

/** Hostile module files: junk, any JSON, and single-character changes of valid module files. */
export const hostileFileArb: fc.Arbitrary<string> = fc.oneof(
	junkArb,
	mutated(moduleArb.map(moduleFileText)),
	fc.json()
);

/**
 * Counts the bytes the runtime's `DecompressionStream` unpacks, as they come out: stub the global
 * with `Counting` (e.g. `vi.stubGlobal('DecompressionStream', counter.Counting)`), then read
 * `counter.unpacked()` (bytes).
 */
export function countUnpacking() {
	const Real = DecompressionStream;
	let unpacked = 0;
	class Counting {
		readonly writable: WritableStream<BufferSource>;
		readonly readable: ReadableStream<Uint8Array>;
		constructor(format: CompressionFormat) {
			const inner = new Real(format);
			this.writable = inner.writable;
			this.readable = inner.readable.pipeThrough(
				new TransformStream<Uint8Array, Uint8Array>({
					transform(chunk, controller) {
						unpacked += chunk.byteLength;
						controller.enqueue(chunk);
					}
				})
			);
		}
	}
	return { Counting, unpacked: () => unpacked };
}
