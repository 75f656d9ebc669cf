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
		licence: { attribution: 'Written for the tests.', terms: 'Free to use in the tests.' },
		sections: [
			{
				id: 'one',
				title: 'One',
				heading: 'Why Is The Vote So Bad?',
				text: 'The vote was 7 to 2. It may rain.\n\nToo bad.'
			}
		] as Record<string, unknown>[],
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
				technique: 'hedge',
				cues: ['may'],
				explanation: 'A hedge.'
			} as Record<string, unknown>
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
		expect(problemsOf(data)[0]).toMatch(/quote occurs more than once in section "one"/);
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

	// Answers are looked up by claim id in plain objects, where `{}.constructor` is a function:
	// such a claim would count as answered before anyone answered it.
	it('rejects ids that every object already has, and ids that are not slugs', () => {
		const data = sample();
		data.claims[0].id = 'constructor';
		data.sections[0].id = 'constructor';
		for (const claim of data.claims) claim.section = 'constructor';
		expect(problemsOf(data)).toEqual([
			'section "constructor": "constructor" is a name every JavaScript object has; choose another id',
			'claim "constructor": "constructor" is a name every JavaScript object has; choose another id'
		]);
		expect(problemsOf({ ...sample(), id: 'constructor' })).toContain(
			'id "constructor" is a name every JavaScript object has; choose another id'
		);
		for (const id of ['__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
			const other = sample();
			other.claims[1].id = id;
			expect(problemsOf(other)).toEqual([
				`claim "${id}" → id: must be lower-case letters, digits and hyphens`
			]);
		}
	});

	it('rejects unknown fields and a missing format', () => {
		const data: Record<string, unknown> = { ...sample(), colour: 'red' };
		delete data.format;
		expect(problemsOf(data).length).toBe(2);
	});

	it('names an unknown field plainly, on one line, whatever its name holds', () => {
		const data = sample() as unknown as { claims: Record<string, unknown>[] };
		data.claims[0]['head\ng'] = true;
		const problems = problemsOf(data);
		expect(problems).toEqual([
			`claim "${data.claims[0].id}": "head\\ng" is not a field of the module format`
		]);
		const label = sample() as unknown as { claims: Record<string, unknown>[] };
		label.claims[0].label = 'fact\nor not';
		expect(problemsOf(label).join(' ')).not.toMatch(/[\n\r\u2028]/);
		const file = { ...sample(), ['x'.repeat(500) + '\u2028']: 1 };
		const [problem] = problemsOf(file);
		expect(problem).toMatch(/^file: "x{39}…" is not a field of the module format$/);
	});

	it('does not throw on input that is not a module at all', () => {
		for (const junk of [null, 42, 'text', [], { claims: 'none' }]) {
			expect(validateModule(junk).ok).toBe(false);
		}
	});
});

describe('format 2 claims', () => {
	it('asks every speculation and opinion for a technique of its own kind, and facts for none', () => {
		const data = sample();
		delete data.claims[1].technique;
		expect(problemsOf(data)).toEqual(['claim "rain": a speculation claim needs a "technique"']);
		data.claims[1].technique = 'loaded-word';
		expect(problemsOf(data)).toEqual([
			'claim "rain": technique "loaded-word" is one of opinion, not of speculation'
		]);
		data.claims[1].technique = 'guesswork';
		expect(problemsOf(data)[0]).toMatch(/^claim "rain" → technique: must be one of: hedge, /);
		data.claims[1].technique = 'hedge';
		data.claims[0].technique = 'hedge';
		expect(problemsOf(data)).toEqual([
			'claim "vote": a fact has no technique; leave "technique" out'
		]);
	});

	it('accepts a second label only with a sentence on why, and never the claim’s own', () => {
		const data = sample();
		data.claims[1].accepts = [{ label: 'opinion', why: 'It also judges the weather.' }];
		expect(problemsOf(data)).toEqual([]);
		data.claims[1].accepts = [{ label: 'speculation', why: 'It is a hedge.' }];
		expect(problemsOf(data)).toEqual(['claim "rain": accepts its own label "speculation"']);
		data.claims[1].accepts = [
			{ label: 'fact', why: 'A forecast said so.' },
			{ label: 'fact', why: 'Twice.' }
		];
		expect(problemsOf(data)).toEqual(['claim "rain": accepts "fact" twice']);
		data.claims[1].accepts = [{ label: 'opinion', why: 'because' }];
		expect(problemsOf(data)).toEqual([
			'claim "rain" → accepts → [0] → why: must be a whole sentence that says why'
		]);
		data.claims[1].accepts = [{ label: 'opinion' }];
		expect(problemsOf(data)).toHaveLength(1);
		data.claims[1].accepts = [];
		expect(problemsOf(data)).toEqual([
			'claim "rain" → accepts: lists at least one label, or is left out'
		]);
	});

	it('finds a heading claim’s quote in its section’s heading, and only there', () => {
		const data = sample();
		data.claims.push({
			id: 'why-bad',
			section: 'one',
			heading: true,
			quote: 'Why Is The Vote So Bad?',
			label: 'opinion',
			technique: 'loaded-question',
			cues: ['So Bad'],
			explanation: 'A loaded question.'
		});
		expect(problemsOf(data)).toEqual([]);
		data.claims[2].quote = 'The vote was 7 to 2.';
		data.claims[2].cues = ['7 to 2'];
		expect(problemsOf(data)).toEqual([
			'claim "why-bad": quote is not in the heading of section "one"'
		]);
		delete data.sections[0].heading;
		expect(problemsOf(data)).toEqual(['claim "why-bad": section "one" has no heading to quote']);
	});

	it('asks every module whose text it is and on what terms', () => {
		const data: Record<string, unknown> = sample();
		data.licence = { attribution: 'Unknown.' };
		expect(problemsOf(data)).toHaveLength(1);
		delete data.licence;
		expect(problemsOf(data)).toHaveLength(1);
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
