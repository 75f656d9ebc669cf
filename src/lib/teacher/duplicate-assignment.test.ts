import { describe, expect, it } from 'vitest';
import { LIMITS } from '$lib/codes/assignment';
import { dueDay, duplicateForm, newestFirst } from './duplicate-assignment';
import { warmUpAssignment } from '$lib/codes/test-fixtures';

const modules = [
	{ id: 'signal-words', sections: [{ id: 'the-news' }, { id: 'what-next' }] },
	{ id: 'other', sections: [{ id: 'one' }] }
];

describe('duplicating an assignment', () => {
	it('fills the form with every setting and a title marked as a copy', () => {
		const form = duplicateForm(
			{
				...warmUpAssignment,
				sections: ['what-next', 'the-news', 'gone'],
				sorting: 'three-way',
				mode: 'test',
				passMark: 60,
				title: 'Homework',
				instructions: 'Read slowly.',
				due: { at: Date.parse('2026-12-04T22:59:59Z') / 1000, timeZone: 'Europe/Berlin' }
			},
			modules
		);
		expect(form).toEqual({
			moduleId: 'signal-words',
			sections: ['the-news', 'what-next'],
			sorting: 'three-way',
			mode: 'test',
			passMark: '60',
			title: 'Homework (copy)',
			instructions: 'Read slowly.',
			due: '2026-12-04'
		});
	});

	it('keeps a long title within the limit, and no pass mark or due date as none', () => {
		const form = duplicateForm({ ...warmUpAssignment, title: 'x'.repeat(LIMITS.title) }, modules);
		expect(form?.title).toHaveLength(LIMITS.title);
		expect(form?.title.endsWith('x (copy)')).toBe(true);
		expect([form?.passMark, form?.due]).toEqual(['', '']);
	});

	it('says there is nothing to fill for a module the site no longer has', () => {
		expect(duplicateForm({ ...warmUpAssignment, moduleId: 'gone' }, modules)).toBeNull();
	});

	it('reads a due moment as the day in its own zone, and an old date as it is', () => {
		const late = Date.parse('2026-12-05T07:30:00Z') / 1000;
		expect(dueDay({ at: late, timeZone: 'America/Los_Angeles' })).toBe('2026-12-04');
		expect(dueDay({ at: late, timeZone: 'Not/AZone' })).toBe('2026-12-05');
		expect(dueDay({ date: '2026-03-12' })).toBe('2026-03-12');
	});

	it('lists the newest first, undated entries last', () => {
		const entry = (createdAt: string, code: string) => ({ item: { createdAt }, code });
		const sorted = newestFirst([
			entry('', 'UNDATED'),
			entry('2026-11-01T09:00:00.000Z', 'OLDER'),
			entry('2026-11-29T09:00:00.000Z', 'NEWEST')
		]);
		expect(sorted.map((e) => e.code)).toEqual(['NEWEST', 'OLDER', 'UNDATED']);
	});
});
