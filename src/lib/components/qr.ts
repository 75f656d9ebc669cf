import { renderSVG } from 'uqr';
import { QR_BYTES, QR_MAX_VERSION } from './qr-fits';

export type QrImage = { ok: true; src: string } | { ok: false; reason: 'too-dense' | 'too-long' };

/**
 * A QR code of a text (a link) as an SVG data: URL, one module a unit with a border of two, or
 * why there is none: `too-dense` when it needs a version above `QR_MAX_VERSION`, `too-long` when
 * it does not fit any QR code (ISO/IEC 18004: at most 2,953 bytes at error correction L). Never
 * throws. Loaded only when a QR code is shown: the encoder is about 3.5 KB gzip.
 */
export function qrImage(text: string): QrImage {
	let svg: string;
	try {
		svg = renderSVG(text, { ecc: 'L', border: 2, maxVersion: QR_MAX_VERSION, pixelSize: 1 });
	} catch {
		const bytes = new TextEncoder().encode(text).length;
		return { ok: false, reason: bytes > QR_BYTES.any ? 'too-long' : 'too-dense' };
	}
	// Square edges at any size: a blurred module is one a phone misreads.
	svg = svg.replace('<svg ', '<svg shape-rendering="crispEdges" ');
	return { ok: true, src: `data:image/svg+xml,${encodeURIComponent(svg)}` };
}
