// How long a module link may be, in a file of its own so that a page can refuse a longer one at
// once without loading the link's reader (module-link.ts).

/**
 * The longest module link read, in characters of the part after "#" (64 KiB). Longer text is
 * rejected before anything else is done with it. Base64url carries 3 bytes in 4 characters, so
 * this holds about 48 KB of compressed module: the built-in article (53 KB of JSON) makes a link
 * of about 20,300 characters, the warm-up (11 KB) one of about 4,700. Far beyond what a QR code
 * carries; a module too large for a link goes as a file.
 */
export const MODULE_LINK_LIMIT = 65_536;

/** What the student is told of a link longer than `MODULE_LINK_LIMIT`: one calm sentence. */
export const LINK_TOO_LONG = `This link is longer than a module link can be (${MODULE_LINK_LIMIT.toLocaleString('en')} characters), so it was not opened: ask for the module’s file instead.`;
