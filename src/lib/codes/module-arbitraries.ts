// fast-check generators of valid modules (docs/content-format.md), shared by the module link,
// module file and added-modules tests.
import fc from 'fast-check';
import type { Claim, ModuleContent, Section, SourceRef } from '$lib/content/schema';
import { TECHNIQUES, TECHNIQUE_IDS, type Technique } from '$lib/content/techniques';
import { LABELS, type Label } from '$lib/content/labels';

const slugArb = fc
	.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 3 })
	.map((parts) => parts.join('-'))
	// every JavaScript object has a `constructor`; the validator refuses it as an id
	.filter((slug) => slug !== 'constructor');

/** Text as the schema keeps it: not empty, nothing to trim, any script (emoji, CJK, accents). */
const textArb = (maxLength = 40) =>
	fc
		.string({ minLength: 1, maxLength, unit: 'grapheme' })
		.filter((text) => text.length > 0 && text.trim() === text);

// Words of several scripts, so that links carry more than ASCII.
const WORDS = [
	'the',
	'vote',
	'city',
	'règle',
	'straße',
	'новости',
	'选举',
	'café',
	'🗳️',
	'may',
	'said'
];
const wordArb = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z]{1,9}$/));
const capitalArb = fc.constantFrom('The', 'A', 'Officials', 'Élodie', 'Über', 'Critics');

/** A sentence whose last word (`s<n>.`) is unique in the module, so a quote of it is found once. */
const sentenceArb = (n: number) =>
	fc
		.tuple(capitalArb, fc.array(wordArb, { maxLength: 8 }))
		.map(([first, words]) => [first, ...words, `s${n}.`].join(' '));

const dateArb = fc
	.date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const urlArb = slugArb.map((slug) => `https://example.org/${slug}`);

const sourceRefArb: fc.Arbitrary<SourceRef> = fc.record(
	{ outlet: textArb(), title: textArb(), date: dateArb, url: urlArb },
	{ requiredKeys: ['outlet', 'title', 'date'] }
);

const techniquesOf = (label: Exclude<Label, 'fact'>) =>
	TECHNIQUE_IDS.filter((id) => TECHNIQUES[id].label === label) as Technique[];

/** A claim quoting `quote` in `section`, with a label, cues from the quote and the fields it needs. */
function claimArb(id: string, section: string, quote: string, heading: boolean) {
	const words = quote.split(' ').filter((word) => word.length > 0 && word.trim() === word);
	return fc
		.record({
			label: fc.constantFrom(...LABELS),
			cues: words.length
				? fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 3 })
				: fc.constant<string[]>([quote]),
			explanation: textArb(80),
			check: textArb(),
			accepts: fc.option(fc.shuffledSubarray([...LABELS], { minLength: 1 }), { nil: undefined }),
			why: sentenceArb(0).map((s) => s.replace(/ s0\.$/, '.')),
			finding: fc.option(
				fc.record({
					text: textArb(60),
					sources: fc.array(sourceRefArb, { minLength: 1, maxLength: 2 })
				}),
				{ nil: undefined }
			),
			pick: fc.nat()
		})
		.map(({ label, cues, explanation, check, accepts, why, finding, pick }) => {
			const claim: Claim = { id, section, quote, label, cues, explanation };
			if (heading) claim.heading = true;
			if (label === 'fact') claim.check = check;
			else {
				const techniques = techniquesOf(label);
				claim.technique = techniques[pick % techniques.length];
			}
			const others = accepts?.filter((other) => other !== label);
			if (others?.length) claim.accepts = others.map((other) => ({ label: other, why }));
			if (finding) claim.finding = finding;
			return claim;
		});
}

/**
 * Valid modules of the current format: one to four sections of one to three paragraphs, some
 * with the article's own heading, and claims quoting whole sentences (or a heading) of them, with
 * every optional field sometimes present. Each passes `validateModule` unchanged.
 */
export const moduleArb: fc.Arbitrary<ModuleContent> = fc
	.record({
		id: slugArb,
		version: fc.integer({ min: 1, max: 999 }),
		title: textArb(),
		summary: textArb(120),
		order: fc.option(fc.integer({ min: -5, max: 100 }), { nil: undefined }),
		schema: fc.option(fc.constant('https://example.org/module.v2.schema.json'), { nil: undefined }),
		source: fc.record(
			{ name: textArb(), date: textArb(20), note: textArb() },
			{ requiredKeys: ['name', 'date'] }
		),
		licence: fc.record(
			{ attribution: textArb(), terms: textArb(), url: urlArb },
			{ requiredKeys: ['attribution', 'terms'] }
		),
		sections: fc.uniqueArray(
			fc.record({
				id: slugArb.filter((id) => id !== 'results' && id !== 'print'),
				title: textArb(),
				heading: fc.option(
					textArb().filter((heading) => !heading.includes('\n')),
					{ nil: undefined }
				),
				paragraphs: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 })
			}),
			{ minLength: 1, maxLength: 4, selector: (section) => section.id }
		)
	})
	.chain(({ schema, order, sections: drafts, ...rest }) => {
		// Number the sentences across the module, so that each quote is found exactly once.
		let n = 0;
		const numbered = drafts.map((draft) => ({
			draft,
			paragraphs: draft.paragraphs.map((count) => Array.from({ length: count }, () => ++n))
		}));
		const sectionsArb = fc.tuple(
			...numbered.map(({ draft, paragraphs }) =>
				fc
					.tuple(...paragraphs.map((ns) => fc.tuple(...ns.map((i) => sentenceArb(i)))))
					.map((sentences) => ({ draft, sentences }))
			)
		);
		return sectionsArb.chain((built) => {
			const sections: Section[] = built.map(({ draft, sentences }) => {
				const section: Section = {
					id: draft.id,
					title: draft.title,
					text: sentences.map((paragraph) => paragraph.join(' ')).join('\n\n')
				};
				if (draft.heading !== undefined) section.heading = draft.heading;
				return section;
			});
			const quotable = built.flatMap(({ draft, sentences }) => [
				...sentences.flat().map((quote) => ({ section: draft.id, quote, heading: false })),
				...(draft.heading === undefined
					? []
					: [{ section: draft.id, quote: draft.heading, heading: true }])
			]);
			return fc
				.shuffledSubarray(quotable, { minLength: 1 })
				.chain((picked) =>
					fc.tuple(
						...picked.map(({ section, quote, heading }, i) =>
							claimArb(`claim-${i + 1}`, section, quote, heading)
						)
					)
				)
				.map((claims) => {
					const module: ModuleContent = { format: 2, ...rest, sections, claims };
					if (order !== undefined) module.order = order;
					if (schema !== undefined) module.$schema = schema;
					return module;
				});
		});
	});
