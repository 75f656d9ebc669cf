import { describe, expect, it } from 'vitest';
import { progressFileText, readProgressFile } from './progress-file';
import { emptyProgress } from './saved-progress';

const early = { choice: 'fact' as const, answeredAt: '2026-11-20T09:00:00.000Z', reviewed: true };

describe('progress files', () => {
	it('round-trip the saved progress of a module', () => {
		const progress = { ...emptyProgress('signal-words', 1), answers: { a: early } };
		expect(readProgressFile(progressFileText(progress), 'signal-words')).toEqual({
			ok: true,
			progress
		});
	});

	it('refuse files of another module or of another kind, saying so', () => {
		const other = progressFileText(emptyProgress('azerbaijan-russia', 2));
		expect(readProgressFile(other, 'signal-words')).toMatchObject({
			ok: false,
			error: expect.stringContaining('not saved')
		});
		expect(readProgressFile('{"title":"essay"}', 'signal-words').ok).toBe(false);
		expect(readProgressFile('x'.repeat(2_000_000), 'signal-words').ok).toBe(false);
	});
});
