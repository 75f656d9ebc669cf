import { describe, expect, it } from 'vitest';
import { validateModule } from './validate-module';
import { loadModules } from '$lib/server/modules';

function sample() {
	return {
		format: 2,
		id: 'sample',
		version: 1,
		title: 'Sample',
		summary: 'A sample module.',
		source: { name: 'Written for the tests', date: 'November 2026' },
		sections: [{ id: 'one', title: 'One', text: 'The vote was 7 to 2. It may rain.\n\nToo bad.' }],
		claims: [
			{
				id: 'vote',
				section: 'one',
				quote: 'The vote was 7 to 2.',
				label: 'fact',
				cues: ['7 to 2'],
				explanation: 'A count you can check.',
				check: 'Read the minutes.'
			} as Record<string, unknown>,
			{
				id: 'rain',
				section: 'one',
				quote: 'It may rain.',
				label: 'speculation',
				cues: ['may'],
				explanation: 'A hedge.'
			}
		]
	};
}

function problemsOf(data: unknown) {
	const result = validateModule(data, 'sample');
	return result.ok ? [] : result.problems;
}

describe('validateModule', () => {
	it('accepts a well-formed module', () => {
		expect(validateModule(sample(), 'sample').ok).toBe(true);
	});

	it('names the claim whose quote is not in its section', () => {
		const data = sample();
		data.claims[1].quote = 'It may snow.';
		expect(problemsOf(data)).toEqual(['claim "rain": quote is not in section "one"']);
	});

	it('names the claim with an unknown label', () => {
		const data = sample();
		data.claims[1].label = 'guess';
		expect(problemsOf(data)).toEqual([
			'claim "rain" → label: must be "fact", "speculation" or "opinion"'
		]);
	});

	it('finds duplicate claim and section ids', () => {
		const data = sample();
		data.claims[1].id = 'vote';
		data.sections.push({ ...data.sections[0] });
		expect(problemsOf(data)).toEqual([
			'section "one": duplicate section id',
			'claim "vote": duplicate claim id'
		]);
	});

	it('rejects cue words that are not in the quote', () => {
		const data = sample();
		data.claims[1].cues = ['might'];
		expect(problemsOf(data)).toEqual(['claim "rain": cue "might" is not in the quote']);
	});

	it('asks every fact for a way to check it', () => {
		const data = sample();
		delete (data.claims[0] as { check?: string }).check;
		expect(problemsOf(data)).toEqual([
			'claim "vote": a fact needs a "check" (how you could check it)'
		]);
	});

	it('rejects a quote that occurs twice or spans paragraphs', () => {
		const data = sample();
		data.claims[1].quote = 'a';
		data.claims[1].cues = ['a'];
		expect(problemsOf(data)[0]).toMatch(/quote occurs \d+ times in section "one"/);
		data.claims[1].quote = 'rain.\n\nToo';
		data.claims[1].cues = ['rain'];
		expect(problemsOf(data)).toContain('claim "rain": quote spans more than one paragraph');
	});

	it('rejects section ids that clash with module pages and ids that differ from the file name', () => {
		const data = sample();
		data.sections[0].id = 'results';
		for (const claim of data.claims) claim.section = 'results';
		expect(problemsOf(data)).toContain(
			'section "results": "results" is reserved for a page of the module'
		);
		expect(validateModule(sample(), 'other')).toEqual({
			ok: false,
			problems: ['id "sample" does not match the file name "other"']
		});
	});

	it('rejects unknown fields and a missing format', () => {
		const data: Record<string, unknown> = { ...sample(), colour: 'red' };
		delete data.format;
		expect(problemsOf(data).length).toBe(2);
	});

	it('does not throw on input that is not a module at all', () => {
		for (const junk of [null, 42, 'text', [], { claims: 'none' }]) {
			expect(validateModule(junk).ok).toBe(false);
		}
	});
});

describe('finding sources', () => {
	const source = { outlet: 'Town Gazette', title: 'Council votes 7 to 2', date: '2026-11-03' };
	const withSources = (...sources: unknown[]) => {
		const data = sample();
		data.claims[0].finding = { text: 'Confirmed.', sources };
		return data;
	};

	it('accepts a source with outlet, title, a day or a month, and an https address', () => {
		expect(problemsOf(withSources(source, { ...source, date: '2026-11' }))).toEqual([]);
		expect(problemsOf(withSources({ ...source, url: 'https://gazette.example/vote' }))).toEqual([]);
	});

	it('fails a finding whose source has no outlet, title or date', () => {
		for (const field of ['outlet', 'title', 'date'] as const) {
			const { [field]: _left, ...rest } = source;
			const problems = problemsOf(withSources(rest));
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatch(new RegExp(`^claim "vote" → finding → sources → \\[0\\]`));
			expect(problems[0]).toContain(field);
		}
	});

	it('fails a free-text source in the old shape', () => {
		expect(
			problemsOf(withSources({ name: 'AP report', date: '2025-06-30' })).length
		).toBeGreaterThan(0);
	});

	it('fails dates that are not ISO days or months, or do not exist', () => {
		for (const date of ['June 2025', '30/06/2025', '2025-6-30', '2025-02-30', '2025-13', '']) {
			expect(problemsOf(withSources({ ...source, date })), date).not.toEqual([]);
		}
	});

	it('fails an address that is not https', () => {
		expect(problemsOf(withSources({ ...source, url: 'http://gazette.example/' }))).toEqual([
			'claim "vote" → finding → sources → [0] → url: must start with https://'
		]);
		expect(problemsOf(withSources({ ...source, url: 'gazette' }))).not.toEqual([]);
	});

	it('fails a finding without any source', () => {
		expect(problemsOf(withSources())).toEqual([
			'claim "vote" → finding → sources: needs at least one source'
		]);
	});
});

describe('loadModules', () => {
	it('loads the shipped modules, warm-up first', () => {
		const ids = loadModules().map((module) => module.id);
		expect(ids[0]).toBe('signal-words');
		expect(ids).toContain('azerbaijan-russia');
	});

	it('fails with the file, claim and problem of a malformed module', () => {
		const data = sample();
		data.claims[0].quote = 'Nowhere to be found.';
		expect(() => loadModules({ '/src/lib/content/modules/sample.json': data })).toThrow(
			'/src/lib/content/modules/sample.json: claim "vote": quote is not in section "one"'
		);
	});
});
