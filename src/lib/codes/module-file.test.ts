import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { moduleFileName, moduleFileText, parseModuleFile, readModuleFile } from './module-file';
import { MODULE_JSON_LIMIT } from './module-link';
import { moduleArb } from './module-arbitraries';
import { hostileFileArb } from './hostile-module-inputs';

// Minutes beside the whole suite on two busy cores.
vi.setConfig({ testTimeout: 600_000 });

const signalWords = readFileSync(
	new URL('../content/modules/signal-words.json', import.meta.url),
	'utf8'
);

describe('module files', () => {
	it('round-trip every valid module, as text and as a file picked in the browser', async () => {
		await fc.assert(
			fc.asyncProperty(moduleArb, async (module) => {
				const text = moduleFileText(module);
				expect(parseModuleFile(text)).toEqual({ module });
				const file = new File([text], moduleFileName(module), { type: 'application/json' });
				expect(await readModuleFile(file)).toEqual({ module });
			}),
			{ numRuns: 1_000 }
		);
	});

	it('read a built-in module’s own file, with a byte order mark an editor added', () => {
		expect(parseModuleFile(`\uFEFF${signalWords}\n\n`).module?.id).toBe('signal-words');
	});

	it('are named by the module’s id and version', () => {
		expect(moduleFileName({ id: 'local-vote', version: 3 })).toBe('local-vote-v3.json');
	});

	it('refuse a file over the size limit before reading any of it', async () => {
		const text = vi.fn(async () => signalWords);
		const large = { size: MODULE_JSON_LIMIT + 1, text } as unknown as Blob;
		expect(await readModuleFile(large)).toEqual({
			problem: {
				kind: 'too-long',
				message: 'This file is larger than a module can be (512 KB), so it was not opened.'
			}
		});
		expect(text).not.toHaveBeenCalled();
		expect(parseModuleFile(' '.repeat(MODULE_JSON_LIMIT + 1)).problem?.kind).toBe('too-long');
	});

	it('say a file that is not a module (not JSON, a result file) holds none', () => {
		const notAModule = {
			problem: {
				kind: 'not-a-module',
				message:
					'This file is not a Claimwise module: choose the .json file that was shared as the module.'
			}
		};
		expect(parseModuleFile('Dear class,')).toEqual(notAModule);
		expect(parseModuleFile('{"format":"claimwise-result","version":1,"code":"R1.x"}')).toEqual(
			notAModule
		);
		expect(parseModuleFile('[1, 2]')).toEqual(notAModule);
	});

	it('name the rule a module in a file breaks', () => {
		const broken = signalWords.replace('"label": "fact"', '"label": "rumour"');
		const read = parseModuleFile(broken);
		expect(read.problem?.kind).toBe('invalid');
		expect(read.problem?.message).toMatch(
			/^The module in this file breaks a rule of the module format, so it was not opened: claim "[a-z-]+" → label: must be "fact", "speculation" or "opinion"\.$/
		);
	});

	it('say a module of a later format needs a newer Claimwise', () => {
		const later = signalWords.replace('"format": 2', '"format": 3');
		expect(parseModuleFile(later).problem?.message).toBe(
			'This module was made with a newer version of Claimwise: reload the page to get it.'
		);
	});

	// How fast each is refused is measured by `npm run bench:hostile`, not here.
	it('never throw on 10,000 random or mutated files', () => {
		fc.assert(
			fc.property(hostileFileArb, (text) => {
				const read = parseModuleFile(text);
				// a changed character in a title or an explanation can leave a valid module
				if (read.problem) expect(read.problem.message).toMatch(/^[A-Z].*\.$/);
				else expect(read.module.format).toBe(2);
			}),
			{ numRuns: 10_000 }
		);
	});
});
