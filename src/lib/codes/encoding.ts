/** CRC-32 of a string's UTF-16 code units: catches typing and copying mistakes, not forgery. */
export function crc32(text: string): number {
	let crc = 0xffffffff;
	for (let i = 0; i < text.length; i++) {
		crc ^= text.charCodeAt(i);
		for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/** The check appended to a code: its CRC-32 in base 36, always 7 characters. */
export function checkOf(text: string): string {
	return crc32(text).toString(36).padStart(7, '0');
}

/** Text as base64url (UTF-8), safe in links, chats and file names. */
export function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text a base64url string holds, or null when it is not valid base64url UTF-8. */
export function fromBase64Url(encoded: string): string | null {
	if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return null;
	try {
		const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short random code in Crockford's base 32 (no I, L, O or U), e.g. "K7P2QX". */
export function randomCode(length = 6): string {
	const bytes = crypto.getRandomValues(new Uint8Array(length));
	return Array.from(bytes, (byte) => CODE_ALPHABET[byte % 32]).join('');
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: string };
