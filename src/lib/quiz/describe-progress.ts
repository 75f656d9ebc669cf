import type { Score } from './grading';

const percent = ({ correct, answered }: Pick<Score, 'correct' | 'answered'>) =>
	Math.round((100 * correct) / answered);

/**
 * A score in words that counts only what was answered, so that a student who has not finished is
 * not told that every claim left is wrong: "no claims answered yet; 43 to sort",
 * "8 of 24 answered right (33%); 19 claims left to answer", or once all are answered
 * "40 of 43 (93%) right".
 */
export function describeProgress(score: Score): string {
	const { correct, answered, total } = score;
	if (answered === 0) return `no claims answered yet; ${total} to sort`;
	if (answered === total) return `${correct} of ${total} (${percent(score)}%) right`;
	const left = total - answered;
	return `${correct} of ${answered} answered right (${percent(score)}%); ${left} ${left === 1 ? 'claim' : 'claims'} left to answer`;
}

/** A section's right answers out of those answered: "3 of 4 (75%)", or "none answered yet". */
export function describeAnsweredRight(score: Score): string {
	return score.answered
		? `${score.correct} of ${score.answered} (${percent(score)}%)`
		: 'none answered yet';
}
