import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { TECHNIQUE_IDS } from '../content/techniques';
import { FACT_CUE_KINDS } from './cue-label';
import { CUE_LEXICON, patternToRegExp, wholeWords } from './cue-lexicon';

// The fact signals, and the words that look like a cue but are not one.
const FACT_SIGNALS = [...FACT_CUE_KINDS, 'not-a-cue'];

describe('the cue lexicon', () => {
	it('names a known technique or fact signal and a reason for every entry', () => {
		const kinds: string[] = [...TECHNIQUE_IDS, ...FACT_SIGNALS];
		for (const entry of CUE_LEXICON) {
			expect(kinds, entry.pattern).toContain(entry.kind);
			expect(entry.reason.length, entry.pattern).toBeGreaterThan(3);
			expect(entry.pattern.trim(), entry.pattern).toBe(entry.pattern);
		}
	});

	it('compiles every pattern, and matches whole words only', () => {
		for (const entry of CUE_LEXICON) expect(() => patternToRegExp(entry.pattern)).not.toThrow();
		const words = (pattern: string, text: string) =>
			wholeWords(patternToRegExp(pattern), text).map(([start, end]) => text.slice(start, end));
		expect(words('may', 'Dismayed, they may go; Mayday.')).toEqual(['may']);
		expect(words("it's unclear", 'It’s unclear')).toEqual(['It’s unclear']);
		expect(words('exaggerat*', 'He was exaggerating.')).toEqual(['exaggerating']);
		expect(words('so-called', 'the so-called plan')).toEqual(['so-called']);
		expect(words('will', 'él will, wille')).toEqual(['will']);
		expect(words('no doubt', 'no  doubt, no doubts')).toEqual(['no  doubt']);
	});

	it('lists each pattern once per kind', () => {
		const keys = CUE_LEXICON.map((e) => `${e.kind}:${e.pattern}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('stays small enough to load fast on the authoring page', async () => {
		// Bundled and minified with the bundler Vite builds the site with, then gzipped.
		const gzipped = async (file: string) => {
			const input = new URL(file, import.meta.url).pathname;
			const out = await build({
				input,
				write: false,
				output: { minify: true },
				logLevel: 'silent'
			});
			return gzipSync(out.output[0].code).length;
		};
		expect(await gzipped('./cue-lexicon.ts')).toBeLessThan(4 * 1024);
		expect(await gzipped('./suggest-claim.ts')).toBeLessThan(8 * 1024);
	});

	it('is not imported by any page or module outside authoring but the authoring page', () => {
		const root = new URL('../../', import.meta.url).pathname;
		const files: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (/\.(ts|js|svelte)$/.test(name)) files.push(path);
			}
		};
		walk(root);
		const outside = files.filter(
			(file) =>
				!file.includes('/lib/authoring/') &&
				!file.includes('/routes/author/') &&
				!/\.test\.ts$/.test(file)
		);
		for (const file of outside) {
			expect(readFileSync(file, 'utf8'), file).not.toMatch(/authoring\/|cue-lexicon|suggest-claim/);
		}
	});
});
