import type { Score } from '$lib/quiz/grading';

/**
 * Whether a score reaches an assignment's pass mark: right answers out of all the assignment's
 * claims (unanswered ones count as not right, as in the teacher's class table), as a percentage,
 * at least `passMark` (0–100).
 * @returns true or false, or null when the assignment has no pass mark.
 */
export function isPassed(score: Pick<Score, 'correct' | 'total'>, passMark: number | null) {
	if (passMark === null) return null;
	const percent = score.total ? (100 * score.correct) / score.total : 0;
	return percent >= passMark;
}
