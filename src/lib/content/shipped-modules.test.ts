import { describe, expect, it } from 'vitest';
import { loadModules } from '$lib/server/modules';

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
