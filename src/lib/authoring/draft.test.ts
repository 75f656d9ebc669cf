import { TECHNIQUE_IDS, TECHNIQUES } from '$lib/content/techniques';
import { withFeedbackText } from '$lib/content/feedback-text';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	createDraft,
	decide,
	editClaim,
	editDetails,
	findClaim,
	isDraft,
	mergeWithNext,
	quoteOf,
	renameSection,
	splitClaim,
	splitSectionAt,
	toggleCue,
	type Draft,
	type DraftTools
} from './draft';
import { CLAIM_FIELDS, draftToModule, markShared, moduleIdOf } from './draft-to-module';
import { suggestedExplanation } from './explanations';
import { splitSections, splitSentences } from './split-sentences';
import { suggestClaim } from './suggest-claim';
import { validateModule } from '$lib/content/validate-module';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { Drafts, readDrafts } from './drafts.svelte';
import { DRAFTS_KEY } from '$lib/storage/keys';

const tools: DraftTools = {
	sections: splitSections,
	sentences: splitSentences,
	suggest: suggestClaim
};

const TEXT = `# Town votes for a cycle lane

On 4 November the council voted 7 to 2 for a cycle lane. It is widely believed that the lane may open in spring.

## What people say

Shopkeepers seem worried about parking. The old road was a disgrace.`;

const NOW = '2026-11-30T08:00:00.000Z';
const make = (text = TEXT) => createDraft(text, tools, NOW)!;

/** Every claim of a draft with its quote, in order. */
const quotes = (draft: Draft) =>
	draft.sections.flatMap((section) => section.claims.map((claim) => quoteOf(section, claim)));
const claimWith = (draft: Draft, words: string) => {
	const claim = draft.sections
		.flatMap((section) => section.claims.map((claim) => ({ section, claim })))
		.find(({ section, claim }) => quoteOf(section, claim).includes(words));
	if (!claim) throw new Error(`no claim with "${words}"`);
	return claim;
};
/** All the words of a draft's text, headings included, in order. */
const words = (draft: Draft) =>
	draft.sections
		.flatMap((section) => [section.heading ?? '', section.text])
		.join(' ')
		.split(/\s+/)
		.filter(Boolean);

/** A draft with every detail filled in and every claim labelled, explained and checked. */
function finished(draft = make()): Draft {
	let d = editDetails(draft, {
		title: 'The cycle lane vote',
		summary: 'Tell facts from guesses in a short story about a cycle lane.',
		source: { outlet: 'Millbrook News', author: 'Ana Ruiz', date: '4 November 2026', url: '' },
		licence: { attribution: 'Ana Ruiz, Millbrook News', terms: 'CC BY 4.0', url: '' },
		rights: true
	});
	for (const quote of quotes(d)) {
		const { claim } = claimWith(d, quote);
		const label = claim.decision === 'skip' ? 'skip' : claim.suggestion.label;
		if (label === 'skip') continue;
		d = decide(d, claim.key, label);
		const after = findClaim(d, claim.key)!.claim;
		if (!after.cues.length) d = toggleCue(d, claim.key, 0, 2);
		if (label !== 'fact' && !after.technique) {
			d = editClaim(d, claim.key, { technique: label === 'opinion' ? 'value-judgement' : 'hedge' });
		}
		d = editClaim(d, claim.key, {
			explanation: 'Because of its cue words.',
			check: label === 'fact' ? 'Ask the council for its minutes.' : ''
		});
	}
	return d;
}

describe('A new draft', () => {
	it('proposes the text’s sections, each sentence a candidate claim with its suggestion', () => {
		const draft = make();
		expect(draft.sections.map((s) => s.title)).toEqual([
			'Town votes for a cycle lane',
			'What people say'
		]);
		expect(quotes(draft)).toEqual([
			'On 4 November the council voted 7 to 2 for a cycle lane.',
			'It is widely believed that the lane may open in spring.',
			'Shopkeepers seem worried about parking.',
			'The old road was a disgrace.'
		]);
		const lane = claimWith(draft, 'widely believed').claim;
		expect(lane.suggestion.label).toBe('speculation');
		expect(lane.suggestion.cues.map((c) => c.reason)).toContain(
			"'may' is a hedge: the writer is not sure"
		);
		expect(isDraft(draft)).toBe(true);
	});

	it('decides nothing by itself', () => {
		const draft = make();
		for (const section of draft.sections) {
			for (const claim of section.claims) {
				expect(claim.decision).toBeNull();
				expect(claim.cues).toEqual([]);
				expect(claim.explanation).toBe('');
			}
		}
		const check = draftToModule(editDetails(finished(), {}));
		expect(check.ok).toBe(true);
		const undecided = draftToModule(make());
		expect(undecided.ok).toBe(false);
	});

	it('gives each module its own id: the title’s words and a random suffix', () => {
		const a = editDetails(make(), { title: 'The Cycle Lane!' });
		const b = editDetails(make(), { title: 'The Cycle Lane!' });
		expect(moduleIdOf(a)).toMatch(/^the-cycle-lane-[a-z0-9]{5}$/);
		expect(moduleIdOf(a)).not.toBe(moduleIdOf(b));
	});
});

describe('Sections', () => {
	it('are renamed without touching the text', () => {
		const draft = make();
		const renamed = renameSection(draft, draft.sections[1].key, 'Reactions');
		expect(renamed.sections[1].title).toBe('Reactions');
		expect(renamed.sections[1].text).toBe(draft.sections[1].text);
	});

	it('merge with the next one, keeping its heading as a paragraph and its claims', () => {
		const draft = make();
		const merged = mergeWithNext(draft, draft.sections[0].key);
		expect(merged.sections).toHaveLength(1);
		expect(merged.sections[0].text).toContain('What people say\n\nShopkeepers');
		expect(quotes(merged)).toEqual(quotes(draft));
		expect(words(merged)).toEqual(words(draft));
	});

	it('split at a claim, which starts the new section', () => {
		const draft = make();
		const at = claimWith(draft, 'widely believed').claim;
		const split = splitSectionAt(draft, at.key);
		expect(split.sections).toHaveLength(3);
		expect(split.sections[1].text).toBe('It is widely believed that the lane may open in spring.');
		expect(split.sections[1].title).toBe('It is widely believed that the…');
		expect(quotes(split)).toEqual(quotes(draft));
		expect(splitSectionAt(draft, draft.sections[0].claims[0].key)).toBe(draft);
	});
});

describe('Cues', () => {
	it('toggle a cue of several words, word by word', () => {
		const draft = make();
		const { section, claim } = claimWith(draft, 'widely believed');
		const quote = quoteOf(section, claim);
		const word = (w: string) => [quote.indexOf(w), quote.indexOf(w) + w.length] as const;
		let d = toggleCue(draft, claim.key, ...word('widely'));
		d = toggleCue(d, claim.key, ...word('believed'));
		const cues = (x: Draft) => {
			const found = findClaim(x, claim.key)!;
			return found.claim.cues.map((c) => quoteOf(found.section, found.claim).slice(c.start, c.end));
		};
		expect(cues(d)).toEqual(['widely believed']);
		d = toggleCue(d, claim.key, ...word('may'));
		expect(cues(d)).toEqual(['widely believed', 'may']);
		d = toggleCue(d, claim.key, ...word('widely'));
		expect(cues(d)).toEqual(['believed', 'may']);
	});

	it('come from the suggestion of the label the teacher chose, with its technique', () => {
		const draft = make();
		const { section, claim } = claimWith(draft, 'widely believed');
		const d = decide(draft, claim.key, 'speculation');
		const after = findClaim(d, claim.key)!.claim;
		const chosen = after.cues.map((c) => quoteOf(section, claim).slice(c.start, c.end));
		expect(chosen).toContain('may');
		expect(after.technique).not.toBeNull();
		expect(decide(d, claim.key, 'skip').sections).not.toBe(d.sections);
	});
});

describe('A part of a sentence as a claim of its own', () => {
	it('splits the sentence into the words before, the selection and the words after', () => {
		const text = 'The council voted on Monday, and shops will probably close.';
		let draft = make(text);
		const claim = draft.sections[0].claims[0];
		draft = decide(draft, claim.key, 'fact');
		const from = text.indexOf('and shops');
		const split = splitClaim(draft, claim.key, from, text.length, suggestClaim);
		expect(quotes(split)).toEqual([
			'The council voted on Monday,',
			'and shops will probably close.'
		]);
		const [first, second] = split.sections[0].claims;
		expect(first.key).toBe(claim.key);
		expect(first.decision).toBe('fact');
		expect(second.decision).toBeNull();
		expect(second.suggestion.label).toBe('speculation');
		expect(isDraft(split)).toBe(true);
	});

	it('takes a selection in the middle as a third claim, and ignores one of the whole claim', () => {
		const text = 'Shops, it seems, will close.';
		const draft = make(text);
		const key = draft.sections[0].claims[0].key;
		const from = text.indexOf('it seems');
		const split = splitClaim(draft, key, from, from + 'it seems,'.length, suggestClaim);
		expect(quotes(split)).toEqual(['Shops,', 'it seems,', 'will close.']);
		expect(splitClaim(draft, key, 0, text.length, suggestClaim)).toBe(draft);
	});
});

describe('From draft to module', () => {
	it('makes a module that validateModule accepts, without the skipped sentences', () => {
		let draft = finished();
		const skipped = claimWith(draft, 'disgrace').claim.key;
		draft = decide(draft, skipped, 'skip');
		const check = draftToModule(draft);
		if (!check.ok) throw new Error(check.problems.map((p) => p.message).join('\n'));
		expect(validateModule(check.module).ok).toBe(true);
		expect(check.module.claims.map((c) => c.id)).not.toContain(skipped);
		expect(check.module.source).toEqual({
			name: 'Ana Ruiz, Millbrook News',
			date: '4 November 2026'
		});
		expect(check.module.sections[0].heading).toBe('Town votes for a cycle lane');
	});

	it('lists what is missing, each leading to its field or claim', () => {
		const draft = make();
		const check = draftToModule(draft);
		expect(check.ok).toBe(false);
		if (check.ok) return;
		expect(check.problems).toContainEqual({
			message: 'Give the module a title.',
			field: 'module-title'
		});
		expect(check.problems).toContainEqual(
			expect.objectContaining({ claim: draft.sections[0].claims[0].key })
		);
		const fact = claimWith(draft, '7 to 2').claim.key;
		const noCheck = draftToModule(decide(finished(), fact, 'fact'));
		const unchecked = draftToModule(editClaim(finished(), fact, { check: '' }));
		expect(noCheck.ok).toBe(true);
		expect(unchecked.ok ? [] : unchecked.problems).toContainEqual({
			message: 'Claim 1: say how you could check this fact.',
			claim: fact,
			field: CLAIM_FIELDS.check
		});
	});

	it('carries a finding with its sources, and says what a source lacks', () => {
		const fact = claimWith(finished(), '7 to 2').claim.key;
		const source = {
			outlet: 'Millbrook News',
			title: 'Council backs lane',
			date: '2026-11-05',
			url: ''
		};
		const found = editClaim(finished(), fact, {
			finding: { text: 'The vote was 7 to 3.', sources: [source] }
		});
		const check = draftToModule(found);
		expect(check.ok && check.module.claims.find((c) => c.id === fact)?.finding).toEqual({
			text: 'The vote was 7 to 3.',
			sources: [{ outlet: 'Millbrook News', title: 'Council backs lane', date: '2026-11-05' }]
		});
		const undated = draftToModule(
			editClaim(finished(), fact, {
				finding: { text: 'The vote was 7 to 3.', sources: [{ ...source, date: '5 November' }] }
			})
		);
		expect(undated.ok ? [] : undated.problems).toContainEqual({
			message: 'Claim 1: give the finding’s source a date as YYYY-MM-DD (or YYYY-MM).',
			claim: fact,
			field: CLAIM_FIELDS.source(0, 'date')
		});
	});

	it('goes out as a higher version once changed after it was shared, with the same id', () => {
		let draft = finished();
		const first = draftToModule(draft);
		if (!first.ok) throw new Error('not ok');
		draft = markShared(draft, first.module);
		const same = draftToModule(draft);
		expect(same.ok && same.module.version).toBe(1);
		draft = editDetails(draft, { title: 'A new title' });
		const changed = draftToModule(draft);
		expect(changed.ok && changed.module.version).toBe(2);
		expect(changed.ok && changed.module.id).toBe(first.module.id);
	});
});

describe('Suggested explanations', () => {
	it('fill in the cue words', () => {
		expect(suggestedExplanation('speculation', 'hedge', ['may'])).toBe(
			'“may” shows the writer is not sure: it says what might be so, not what is.'
		);
		expect(suggestedExplanation('fact', null, ['On 4 November', '7 to 2'])).toMatch(
			/^“On 4 November” and “7 to 2” give details/
		);
		expect(suggestedExplanation('speculation', 'hedge', ['will', 'probably'])).toBe(
			'“will” and “probably” show the writer is not sure: they say what might be so, not what is.'
		);
		expect(suggestedExplanation('opinion', null, ['disgrace'])).toBeNull();
	});

	it('agree with one cue word or several, leaving no placeholder behind', () => {
		for (const technique of TECHNIQUE_IDS) {
			for (const cues of [['may'], ['may', 'perhaps']]) {
				const label = technique === 'loaded-word' ? 'opinion' : 'speculation';
				const text = suggestedExplanation(label, technique, cues);
				expect(text, technique).not.toMatch(/[{}|]/);
			}
		}
		expect(suggestedExplanation('opinion', 'loaded-word', ['shameful', 'dubious'])).toMatch(
			/^“shameful” and “dubious” tell you how to feel/
		);
	});

	it('speak only of the cues they are true of, and give a quotation’s hedge to its speaker', () => {
		const mixed = suggestedExplanation('speculation', 'unnamed-consensus', [
			{ text: 'Many people', kind: 'unnamed-consensus' },
			{ text: 'will', kind: 'prediction' }
		]);
		expect(mixed).toBe(
			'“Many people” says that many people think so, but never says who: nobody named can be asked.'
		);
		const quoted = suggestedExplanation(
			'fact',
			null,
			[
				{ text: 'Dr. Lee said', kind: 'attribution' },
				{ text: '"may need repairs, but nobody knows for sure."', kind: 'quotation' }
			],
			{ spoken: ['may'] }
		);
		expect(quoted).toMatch(/^“Dr\. Lee said” reports who said what,/);
		expect(quoted).toContain('so “may” in them is the speaker’s, not the writer’s');
		expect(quoted).not.toContain('without a hedge');
		expect(
			suggestedExplanation('fact', null, [{ text: '"nobody knows"', kind: 'quotation' }])
		).toMatch(/^“nobody knows” reports who said what/);
		// cues a teacher marked, whose kind is not known, are all named
		expect(suggestedExplanation('speculation', 'hedge', ['may', 'perhaps'])).toMatch(
			/^“may” and “perhaps” show/
		);
	});

	it('never name the technique the feedback has just named', () => {
		for (const technique of TECHNIQUE_IDS) {
			const label = TECHNIQUES[technique].label;
			const explanation = suggestedExplanation(label, technique, ['beautiful']) ?? '';
			const feedback = withFeedbackText({ technique, explanation, accepts: undefined });
			// "a loaded word" → "loaded word"; "a conditional (“if … would”)" → "conditional"
			const name = TECHNIQUES[technique].name.replace(/^an? /, '').replace(/ \(.*$/, '');
			expect(feedback.explanation.split(name), technique).toHaveLength(2);
		}
	});
});

describe('Stored drafts', () => {
	it('are saved on every change and read back', () => {
		const storage = new MemoryStorage();
		const drafts = new Drafts(storage);
		const draft = make();
		drafts.add(draft);
		drafts.update(draft.key, (d) => editDetails(d, { title: 'Kept' }));
		const again = new Drafts(storage);
		expect(again.get(draft.key)?.title).toBe('Kept');
		expect(readDrafts(storage.getItem(DRAFTS_KEY)!).status).toBe('ok');
	});

	it('say so in one sentence when storage is full, and keep the change on screen', () => {
		const storage = new MemoryStorage();
		const drafts = new Drafts(storage);
		storage.failWrites = 'QuotaExceededError';
		const draft = make();
		drafts.add(draft);
		expect(drafts.get(draft.key)).toBeDefined();
		expect(drafts.notice).toMatch(/storage is full/);
	});

	it('leave out a damaged draft and keep the rest', () => {
		const good = make();
		const raw = JSON.stringify({
			version: 1,
			drafts: [good, { ...good, key: 'dx', sections: [] }]
		});
		const read = readDrafts(raw);
		expect(read.status).toBe('partial');
		expect(read.status === 'partial' && read.value.drafts.map((d) => d.key)).toEqual([good.key]);
	});
});

/** Any edit a teacher can make, on claims and sections picked by position. */
const edit = fc.oneof(
	fc.record({ kind: fc.constant('merge' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('split-section' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), title: fc.string() }),
	fc.record({
		kind: fc.constant('decide' as const),
		at: fc.nat(),
		decision: fc.constantFrom('fact', 'speculation', 'opinion', 'skip', null)
	}),
	fc.record({ kind: fc.constant('cue' as const), at: fc.nat(), from: fc.nat(80), to: fc.nat(80) }),
	fc.record({
		kind: fc.constant('split-claim' as const),
		at: fc.nat(),
		from: fc.nat(80),
		to: fc.nat(80)
	})
);

describe('Any sequence of edits', () => {
	it('keeps the draft valid and never loses a word of the text', () => {
		const draft = make();
		fc.assert(
			fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
				let d = draft;
				for (const e of edits) {
					const claims = d.sections.flatMap((s) => s.claims);
					const claim = claims[e.at % claims.length];
					const section = d.sections[e.at % d.sections.length];
					const [from, to] =
						'from' in e ? [Math.min(e.from, e.to), Math.max(e.from, e.to)] : [0, 0];
					if (e.kind === 'merge') d = mergeWithNext(d, section.key);
					if (e.kind === 'split-section') d = splitSectionAt(d, claim.key);
					if (e.kind === 'rename') d = renameSection(d, section.key, e.title);
					if (e.kind === 'decide') d = decide(d, claim.key, e.decision);
					if (e.kind === 'cue') d = toggleCue(d, claim.key, from, to);
					if (e.kind === 'split-claim') d = splitClaim(d, claim.key, from, to, suggestClaim);
					expect(isDraft(d)).toBe(true);
				}
				expect(words(d)).toEqual(words(draft));
				// Every word of every sentence is still in exactly one claim.
				expect(quotes(d).join(' ').split(/\s+/)).toEqual(quotes(draft).join(' ').split(/\s+/));
				// Finished after any edits, it makes a module validateModule accepts, or says which
				// claim or field to mend.
				const check = draftToModule(finished(d));
				if (check.ok) expect(validateModule(check.module).ok).toBe(true);
				else
					for (const problem of check.problems) expect(problem.claim ?? problem.field).toBeTruthy();
			}),
			{ numRuns: 200 }
		);
		// Under a full test run on a busy machine this takes several seconds.
	}, 30_000);
});
