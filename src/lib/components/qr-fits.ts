/**
 * The densest QR code we draw. Version 20 is 97 × 97 modules (858 bytes at error correction L).
 * Filling 60 cm of a projected or board screen, a module is about 6 mm: a phone's camera preview
 * (1080p, about 70° wide) sees it as about 2 pixels from 4 m, the middle of a classroom, which is
 * about the least its scanner decodes. Denser codes (up to version 40, 177 × 177) only scan from
 * within a step or two of the screen, so past this the page offers the link alone.
 */
export const QR_MAX_VERSION = 20;

/**
 * What a QR code of `QR_MAX_VERSION` holds at error correction L in byte mode (ISO/IEC 18004,
 * table 7), and what the densest of all (version 40) holds.
 */
export const QR_BYTES = { scannable: 858, any: 2953 } as const;

/**
 * Whether a link fits a QR code that phones scan from the board (see `QR_MAX_VERSION`), without
 * loading the QR encoder: a link holds lower-case letters, so it is encoded byte by byte in UTF-8,
 * and fits when those bytes do. Takes the whole link; `qrImage` draws it.
 */
export function qrFits(link: string): boolean {
	return new TextEncoder().encode(link).length <= QR_BYTES.scannable;
}
