import { encode } from 'uqr';

/**
 * The densest QR code we draw. Version 20 is 97 × 97 modules (858 bytes at error correction L).
 * Filling 60 cm of a projected or board screen, a module is about 6 mm: a phone's camera preview
 * (1080p, about 70° wide) sees it as about 2 pixels from 4 m, the middle of a classroom, which is
 * about the least its scanner decodes. Denser codes (up to version 40, 177 × 177) only scan from
 * within a step or two of the screen, so past this the page offers the link alone.
 */
export const QR_MAX_VERSION = 20;

export type QrImage =
	{ ok: true; src: string; version: number } | { ok: false; reason: 'too-dense' | 'too-long' };

/**
 * A QR code of a text (a link) as an SVG data: URL, or why there is none: `too-dense` when it needs
 * a version above `QR_MAX_VERSION`, `too-long` when it does not fit any QR code (ISO/IEC 18004:
 * at most 2,953 bytes at error correction L). Never throws.
 */
export function qrImage(text: string): QrImage {
	let qr: ReturnType<typeof encode>;
	try {
		qr = encode(text, { ecc: 'L', border: 2, maxVersion: QR_MAX_VERSION });
	} catch {
		// 2,953 bytes is the capacity of version 40 at L: any more and no QR code holds it.
		const bytes = new TextEncoder().encode(text).length;
		return { ok: false, reason: bytes > 2953 ? 'too-long' : 'too-dense' };
	}
	// One path for all dark modules.
	const path = qr.data
		.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : '')))
		.join('');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${path}"/></svg>`;
	return { ok: true, src: `data:image/svg+xml,${encodeURIComponent(svg)}`, version: qr.version };
}
