import { describe, expect, it } from 'vitest';
import { loadModules } from '$lib/server/modules';
import { TECHNIQUES } from './techniques';

const modules = loadModules();
const byId = (id: string) => modules.find((module) => module.id === id)!;
const claimOf = (moduleId: string, id: string) => byId(moduleId).claims.find((c) => c.id === id)!;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the shipped modules', () => {
	it('keep every explanation and finding short enough for a 15-year-old', () => {
		for (const module of modules) {
			for (const claim of module.claims) {
				expect(words(claim.explanation), claim.id).toBeLessThanOrEqual(70);
				if (claim.finding) expect(words(claim.finding.text), claim.id).toBeLessThanOrEqual(70);
			}
		}
	});

	it('write every note as finished sentences with curly quotation marks', () => {
		for (const module of modules) {
			for (const claim of module.claims) {
				const notes = [
					claim.explanation,
					claim.check,
					claim.finding?.text,
					...(claim.accepts ?? []).map(({ why }) => why)
				].filter((note) => note !== undefined);
				for (const note of notes) {
					expect(note, claim.id).toMatch(/[.!?][”’)]*$/);
					// The article's own text keeps its marks; our notes nest “…” inside the page's own.
					expect(note, claim.id).not.toContain('"');
				}
			}
		}
	});

	it('word every accepted answer to follow “<Label> is right too:”', () => {
		for (const module of modules) {
			for (const claim of module.claims) {
				for (const { why } of claim.accepts ?? []) {
					// lower-case, or a quoted word that is: the schema wants a capital or a quotation mark
					expect(why, claim.id).toMatch(/^“?[a-z]/);
					expect(why, claim.id).not.toMatch(/defensible too\.$/);
				}
			}
		}
	});

	it('do not repeat the technique’s name after “This is …”', () => {
		for (const module of modules) {
			for (const claim of module.claims) {
				if (!claim.technique) continue;
				const name = TECHNIQUES[claim.technique].name.toLowerCase();
				expect(claim.explanation.toLowerCase().startsWith(name), claim.id).toBe(false);
			}
		}
	});

	it('never accept “fact” for a guess at feelings with nothing quoted', () => {
		for (const module of modules) {
			for (const claim of module.claims) {
				if (claim.technique !== 'guessed-motive') continue;
				expect(claim.accepts?.map((a) => a.label) ?? [], claim.id).not.toContain('fact');
			}
		}
	});

	it('teach every heading the article puts over a section', () => {
		for (const module of modules) {
			for (const section of module.sections) {
				if (!section.heading) continue;
				const claimed = module.claims.some(
					(claim) => claim.heading && claim.section === section.id
				);
				expect(claimed, `${module.id}: ${section.heading}`).toBe(true);
			}
		}
	});

	it('claim no universal negatives in findings', () => {
		for (const module of modules) {
			for (const claim of module.claims) {
				expect(claim.finding?.text ?? '', claim.id).not.toMatch(/^No (government|one|outlet)/);
			}
		}
	});
});

describe('azerbaijan-russia', () => {
	const id = 'azerbaijan-russia';

	it('does not tell students the article mixed up who was led away “like terrorists”', () => {
		const finding = claimOf(id, 'arrested-like-terrorists').finding!;
		expect(finding.text).not.toMatch(/not the Sputnik staff|different group/);
		expect(finding.text).toMatch(/Sputnik/);
	});

	it('says that Baku denied the drone reports publicly', () => {
		const finding = claimOf(id, 'aliyev-denied').finding!;
		expect(finding.text).not.toMatch(/Only one side/);
		expect(finding.text).toMatch(/publicly/);
	});

	it('says what is wrong with the Karabakh timing, not that the claim is false', () => {
		const finding = claimOf(id, 'karabakh-victory-consolidation').finding!;
		expect(finding.text).not.toMatch(/not after it/);
		expect(finding.text).toMatch(/October 2020/);
	});

	it('dates AP’s story on the seven detentions 1 July 2025', () => {
		const ap = byId(id)
			.claims.flatMap((claim) => claim.finding?.sources ?? [])
			.filter((source) => source.title.startsWith('Azerbaijan detains 7'));
		expect(ap.length).toBeGreaterThan(0);
		for (const source of ap) expect(source.date).toBe('2025-07-01');
	});

	it('gives the European Commission’s share of EU gas imports', () => {
		expect(claimOf(id, 'europe-reliant-on-gas').finding!.text).toMatch(/about 3%/);
	});

	it('teaches the headline and the loaded headings as claims', () => {
		const module = byId(id);
		const headingClaims = module.claims.filter((claim) => claim.heading);
		expect(headingClaims.map((claim) => claim.quote)).toEqual([
			'Why Is Azerbaijan Harming Its Ties With Russia?',
			'Demonization Of Russia',
			'Azerbaijan’s Role in Regional Tensions With Iran',
			'(Neo) Cold War Tactics'
		]);
		expect(headingClaims[0].technique).toBe('loaded-question');
		expect(module.title).not.toBe(module.sections[0].heading);
	});

	it('claims the phrases the first version left out', () => {
		const quotes = byId(id).claims.map((claim) => claim.quote);
		for (const phrase of [
			'treated as criminals or even terrorists',
			'Second Karabakh War victory allowed',
			'gives it leverage',
			'Observers should remember'
		]) {
			expect(
				quotes.some((quote) => quote.includes(phrase)),
				phrase
			).toBe(true);
		}
	});
});

describe('azerbaijan-russia, after the content review', () => {
	const id = 'azerbaijan-russia';
	const titles = (claimId: string) =>
		claimOf(id, claimId).finding?.sources.map((source) => source.title) ?? [];

	it('places the export pipelines near the 2020 fighting, not 300 km from Karabakh', () => {
		const claim = claimOf(id, 'karabakh-war-transit-routes');
		expect(claim.finding!.text).not.toMatch(/300 km/);
		expect(claim.finding!.text).toMatch(/Yevlakh/);
		expect(claim.finding!.text).toMatch(/Armenia denied/);
		expect(titles('karabakh-war-transit-routes')).toContain(
			'Azerbaijan Says Pipeline Targeted In Fighting; Armenia Rejects Accusation'
		);
	});

	it('puts what Iran has said about its fears in a sourced finding, not an accepted “fact”', () => {
		for (const claimId of ['heightened-iranian-anxieties', 'tehran-fear-staging-ground']) {
			const claim = claimOf(id, claimId);
			expect(claim.label, claimId).toBe('speculation');
			expect(claim.accepts ?? [], claimId).toEqual([]);
			expect(claim.explanation, claimId).toMatch(/said it fears/);
			expect(titles(claimId), claimId).toContain(
				'Tehran says Baku denies letting Israel use its airspace in 12-day war'
			);
		}
	});

	it('teaches the heading over the Iran section', () => {
		const claim = byId(id).claims.find(
			(c) => c.heading && c.quote === 'Azerbaijan’s Role in Regional Tensions With Iran'
		)!;
		expect(claim.section).toBe('regional-tensions-with-iran');
		expect(claim.explanation).toMatch(/Israel/);
	});

	it('backs “Tehran backing Armenia” with a sourced finding instead of an unsourced explanation', () => {
		const claim = claimOf(id, 'tehran-backing-armenia');
		expect(claim.explanation).not.toMatch(/Checking gives/);
		expect(claim.finding!.sources.length).toBeGreaterThanOrEqual(2);
		expect(claim.finding!.text).toMatch(/Zangezur/);
	});

	it('sources Azerbaijan’s 2023 gas exports to the energy minister’s full-year figure', () => {
		const sources = claimOf(id, 'europe-reliant-on-gas').finding!.sources;
		expect(sources.map((source) => source.title)).not.toContain(
			'Volume Of Gas Exports Via TAP Revealed'
		);
		expect(sources).toContainEqual(
			expect.objectContaining({
				date: '2024-01-11',
				url: 'https://en.trend.az/business/energy/3847436.html'
			})
		);
	});

	it('backs the “like terrorists” complaint only with a source that has it', () => {
		const claim = claimOf(id, 'arrested-like-terrorists');
		expect(claim.finding!.text).toMatch(/^The article’s “videos of the arrests” match/);
		expect(claim.finding!.text).not.toMatch(/eight other Russians/);
		expect(titles('arrested-like-terrorists')).not.toContain(
			'Azerbaijan arrests eight Russians as diplomatic crisis deepens over Yekaterinburg killings'
		);
	});

	it('dates and sources Baku’s public denial', () => {
		const claim = claimOf(id, 'aliyev-denied');
		expect(claim.finding!.text).toMatch(/in the next two days/);
		expect(titles('aliyev-denied')).toContain(
			'Tehran wants Baku to investigate reports of Israel’s alleged use of Azerbaijan’s airspace in strikes against Iran'
		);
	});

	it('states no raid detail that its sources do not give', () => {
		expect(claimOf(id, 'yekaterinburg-raids').finding!.text).not.toMatch(/National Guard/);
	});

	it('reads well as feedback on the headline and the “client state” claim', () => {
		expect(claimOf(id, 'headline-why-harming').explanation).not.toMatch(/^A loaded question/);
		expect(claimOf(id, 'western-client-state').explanation).not.toMatch(/earlier “if”/);
	});

	it('accepts an inference for “gives it leverage”, as for “geopolitical weight”', () => {
		const claim = claimOf(id, 'gas-gives-leverage');
		expect(claim.label).toBe('opinion');
		expect(claim.accepts?.map((a) => a.label)).toEqual(['speculation']);
		expect(claim.accepts?.[0].why).toMatch(/inference/);
	});
});

describe('signal-words (the warm-up)', () => {
	const module = byId('signal-words');

	it('has a stated fact that checking shows to be false', () => {
		const falseFacts = module.claims.filter(
			(claim) => claim.label === 'fact' && /^Wrong\./.test(claim.finding?.text ?? '')
		);
		expect(falseFacts.length).toBeGreaterThan(0);
	});

	it('has a sentence split into a fact and an opinion', () => {
		const text = module.sections.map((section) => section.text).join('\n\n');
		const sentences = text.split(/(?<=[.!?])\s+/);
		const split = sentences.filter((sentence) => {
			const inIt = module.claims.filter((claim) => sentence.includes(claim.quote));
			return new Set(inIt.map((claim) => claim.label)).size > 1;
		});
		expect(split.length).toBeGreaterThan(0);
	});

	it('has an unhedged guess at feelings', () => {
		const hedges = /\b(may|might|seem|appear|perhaps|possibly|probably|likely|could)/i;
		const guesses = module.claims.filter(
			(claim) => claim.technique === 'guessed-motive' && !hedges.test(claim.quote)
		);
		expect(guesses.length).toBeGreaterThan(0);
	});

	it('has reported speech whose hedge belongs to the speaker', () => {
		const reported = module.claims.filter(
			(claim) => claim.label === 'fact' && /said .*"[^"]*\bmay\b[^"]*"/.test(claim.quote)
		);
		expect(reported.length).toBeGreaterThan(0);
	});
});
