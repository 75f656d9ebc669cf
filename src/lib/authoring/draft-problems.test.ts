import { describe, expect, it } from 'vitest';
import { createDraft, type DraftTools } from './draft';
import { draftToModule } from './draft-to-module';
import { splitSections, splitSentences } from './split-sentences';
import { suggestClaim } from './suggest-claim';

const tools: DraftTools = {
	sections: splitSections,
	sentences: splitSentences,
	suggest: suggestClaim
};

describe('what is still to do before sharing', () => {
	it('asks for the labels in words that fit a touch screen as well as a keyboard', () => {
		const draft = createDraft(
			'The lane opened on Monday. It may be busy. It is a disgrace.',
			tools,
			'2026-11-30T12:00:00.000Z'
		)!;
		const check = draftToModule(draft);
		expect(check.ok).toBe(false);
		if (check.ok) return;
		const unlabelled = check.problems.find((p) => p.message.includes('not labelled yet'));
		expect(unlabelled?.message).toBe(
			'3 sentences are not labelled yet: open each one and label it a stated fact, speculation or opinion, or skip it as not a claim. The first is claim 1.'
		);
		// no keys a phone does not have
		expect(unlabelled?.message).not.toMatch(/\b[FSOX]\b|press/);
	});
});
