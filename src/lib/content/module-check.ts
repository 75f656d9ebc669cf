/**
 * The check an added module is stored with: the CRC-32 (IEEE 802.3 polynomial, as `crc32` in
 * `src/lib/codes/encoding.ts`) of the UTF-16 code units of its JSON text as stored
 * (`JSON.stringify`, which gives the same text again after `JSON.parse`), in base 36, 7
 * characters. Like a code's check it catches any single-character change, from storage damaged
 * or edited by hand, not forgery. Takes any JSON value; never throws for one.
 */
// Written again rather than imported: `encoding.ts` comes in a chunk of its own with its base64
// code, 483 B gzip on every page of an added module, where this is about 110 B.
export function moduleCheck(module: unknown): string {
	const text = JSON.stringify(module);
	let crc = 0xffffffff;
	for (let i = 0; i < text.length; i++) {
		crc ^= text.charCodeAt(i);
		for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ((crc ^ 0xffffffff) >>> 0).toString(36).padStart(7, '0');
}
