// The module link in Chromium itself: its CompressionStream and DecompressionStream are what
// teachers and students use, and may split, queue and fail differently from Node's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	decodeModuleLink,
	encodeModuleLink,
	MODULE_JSON_LIMIT,
	MODULE_LINK_LIMIT
} from './module-link';
import { base64Url, countUnpacking, deflate, withCheck } from './hostile-module-inputs';
import signalWords from '$lib/content/modules/signal-words.json';
import azerbaijanRussia from '$lib/content/modules/azerbaijan-russia.json';
import type { ModuleContent } from '$lib/content/schema';

const linkOf = (bytes: Uint8Array) => withCheck(base64Url(bytes));

describe('module links in the browser', () => {
	it('carry both built-in modules there and back', async () => {
		for (const module of [signalWords, azerbaijanRussia] as ModuleContent[]) {
			const link = await encodeModuleLink(module);
			expect(link.length).toBeLessThan(MODULE_LINK_LIMIT);
			expect(await decodeModuleLink(link)).toEqual({ module });
		}
	});

	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('stop unpacking a 40 MB bomb soon after the limit', async () => {
		const bomb = linkOf(await deflate(new Uint8Array(40_000_000).fill(32)));
		const counter = countUnpacking();
		vi.stubGlobal('DecompressionStream', counter.Counting);
		const read = await decodeModuleLink(bomb);
		expect(read.problem?.kind).toBe('expands-too-much');
		expect(counter.unpacked()).toBeGreaterThan(MODULE_JSON_LIMIT);
		expect(counter.unpacked()).toBeLessThan(2 * MODULE_JSON_LIMIT);
	});

	it('call a payload that is cut short, not DEFLATE, or followed by junk damaged', async () => {
		const packed = await deflate(new TextEncoder().encode(JSON.stringify(signalWords)));
		const inputs = [
			packed.subarray(0, packed.length - 5),
			new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
			new Uint8Array([...packed, 1, 2, 3])
		];
		for (const bytes of inputs) {
			expect((await decodeModuleLink(linkOf(bytes))).problem?.kind).toBe('damaged');
		}
	});
});
