import { describe, expect, it } from 'vitest';
import { validateModule } from './validate-module';
import { loadModules } from '$lib/server/modules';

function sample() {
	return {
		format: 1,
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
			},
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
