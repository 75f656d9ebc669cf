import { describe, expect, it } from 'vitest';
import { loadModules } from '$lib/server/modules';
import baseline from './cues-baseline.json';
import { dropsBelow, evaluateCues, formatEvaluation, type CueEvaluation } from './evaluate-cues';

const { figures } = evaluateCues(loadModules());

describe('the cue suggester on the built-in modules', () => {
	it('does no worse than the committed baseline (npm run cues:eval writes it)', () => {
		expect(dropsBelow(figures, baseline as CueEvaluation)).toEqual([]);
	});

	it('meets the goal: labels right for 80% of facts and speculation, 85% of cues found', () => {
		expect(figures.labels.factAndSpeculation.accuracy).toBeGreaterThanOrEqual(0.8);
		expect(figures.cues.recall).toBeGreaterThanOrEqual(0.85);
	});

	it('prints a line for every technique and label', () => {
		const report = formatEvaluation(figures);
		for (const name of ['hedge', 'fact', 'overall', 'factAndSpeculation'])
			expect(report).toContain(name);
	});
});

describe('evaluateCues', () => {
	const module = (claims: Parameters<typeof evaluateCues>[0][0]['claims']) => [
		{ id: 'test', claims }
	];

	it('counts a gold cue as found when a suggested cue overlaps it', () => {
		const { figures: f } = evaluateCues(
			module([
				{
					id: 'a',
					quote: 'It is widely believed the lane may help.',
					label: 'speculation',
					technique: 'unnamed-consensus',
					// "believed the" overlaps the suggested "widely believed"; "lane" overlaps nothing.
					cues: ['believed the', 'lane']
				}
			])
		);
		expect(f.cues).toMatchObject({ gold: 2, found: 1, suggested: 2, correct: 1 });
		expect(f.cues.recall).toBe(0.5);
		expect(f.cuesByTechnique['unnamed-consensus'].precision).toBe(0.5);
		expect(f.labels.speculation).toEqual({ claims: 1, right: 1, accuracy: 1 });
	});

	it('counts a wrong label against its gold label', () => {
		const { figures: f, mistakes } = evaluateCues(
			module([{ id: 'b', quote: 'The lane is sensible.', label: 'fact', cues: ['lane'] }])
		);
		expect(f.labels.fact).toEqual({ claims: 1, right: 0, accuracy: 0 });
		expect(mistakes.map((m) => [m.claim, m.suggested])).toEqual([['b', 'opinion/value-judgement']]);
	});
});

describe('dropsBelow', () => {
	it('lists every fraction that fell, and nothing when none did', () => {
		const worse = structuredClone(figures);
		worse.cuesByTechnique.hedge.recall -= 0.1;
		worse.labels.fact.accuracy = 0;
		expect(dropsBelow(worse, figures)).toEqual([
			expect.stringMatching(/^cuesByTechnique\.hedge\.recall: /),
			expect.stringMatching(/^labels\.fact\.accuracy: 0 < /)
		]);
		expect(dropsBelow(figures, figures)).toEqual([]);
	});
});
