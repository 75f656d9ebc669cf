/** The labels a claim can carry, in the order the quiz offers them. */
export const LABELS = ['fact', 'speculation', 'opinion'] as const;
export type Label = (typeof LABELS)[number];
