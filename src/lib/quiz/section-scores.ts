import type { Claim } from '$lib/content/schema';
import type { AnswerMap } from './answers';
import { scoreOf, type Score } from './grading';

/** A section with the claims it asks about, numbered on from `first`, and its score. */
export type ScoredSection<S, C> = S & { claims: C[]; first: number; score: Score };

/**
 * Sections with their claims and scores, numbered straight through as on the worksheet: the
 * first claim of the second section of 4 and 3 claims is number 5. Takes the sections in order,
 * which claims each asks about (e.g. only those of the sorting, or of the assignment), and the
 * answers by claim id; returns the sections with `claims`, `first` (1-based) and `score` added.
 */
export function scoredSections<S, C extends Pick<Claim, 'id' | 'label' | 'accepts'>>(
	sections: readonly S[],
	claimsOf: (section: S) => readonly C[],
	answers: AnswerMap
): ScoredSection<S, C>[] {
	let first = 1;
	return sections.map((section) => {
		const claims = [...claimsOf(section)];
		first += claims.length;
		return { ...section, claims, first: first - claims.length, score: scoreOf(claims, answers) };
	});
}

/** The scores of several sections added up into one. */
export function totalScore(scores: readonly Score[]): Score {
	return scores.reduce(
		(sum, score) => ({
			correct: sum.correct + score.correct,
			answered: sum.answered + score.answered,
			total: sum.total + score.total
		}),
		{ correct: 0, answered: 0, total: 0 }
	);
}

/**
 * Right answers as a whole percentage of all the claims (unanswered ones count as not right, as
 * the pass mark and the class table judge): 2 of 3 gives 67. No claims gives 0.
 */
export function percentRight({ correct, total }: Pick<Score, 'correct' | 'total'>): number {
	return total ? Math.round((100 * correct) / total) : 0;
}
