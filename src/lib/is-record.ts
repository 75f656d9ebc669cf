/** Whether a value read from outside (JSON, a link) is a plain object to look into. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
