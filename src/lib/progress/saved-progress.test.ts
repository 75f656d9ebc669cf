import { describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { readSavedProgress, STORED_LIMIT } from './saved-progress';

const fixture = (name: string) =>
	readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('readSavedProgress', () => {
	it('reads every released save format', () => {
		const formats = readdirSync(new URL('./fixtures/', import.meta.url));
		expect(formats).toContain('progress-v1.json');
		for (const name of formats) {
			const result = readSavedProgress(fixture(name), 'signal-words');
			expect(result.status, name).toBe('ok');
		}
	});

	it('keeps the answers, sorting and review state of a v1 save', () => {
		const result = readSavedProgress(fixture('progress-v1.json'), 'signal-words');
		if (result.status !== 'ok') throw new Error(result.status);
		expect(result.value.sorting).toBe('three-way');
		expect(result.value.answers['council-vote']).toEqual({
			choice: 'fact',
			answeredAt: '2026-11-20T09:15:00.000Z',
			reviewed: true
		});
		expect(result.value.answers['parents-worried'].reviewed).toBe(false);
	});

	it.each([
		['broken JSON', '{"version":1,'],
		['a string', '"hello"'],
		['null', 'null'],
		['an array', '[1,2]'],
		['no answers', '{"version":1,"moduleId":"signal-words","contentVersion":1}'],
		['another module', fixture('progress-v1.json').replace('"signal-words"', '"other"')],
		['an older unknown version', '{"version":0,"moduleId":"signal-words"}']
	])('calls %s unreadable', (_name, raw) => {
		expect(readSavedProgress(raw, 'signal-words').status).toBe('unreadable');
	});

	it('recognises a save from a newer release without reading it', () => {
		const raw = JSON.stringify({ version: 2, moduleId: 'signal-words', whatever: true });
		expect(readSavedProgress(raw, 'signal-words')).toEqual({ status: 'newer' });
	});

	it('keeps the readable answers when some are damaged', () => {
		const data = JSON.parse(fixture('progress-v1.json'));
		data.answers['parents-worried'].choice = 'maybe';
		data.answers['lane-plans'] = 'fact';
		const result = readSavedProgress(JSON.stringify(data), 'signal-words');
		expect(result.status).toBe('partial');
		if (result.status !== 'partial') return;
		expect(Object.keys(result.value.answers)).toEqual(['council-vote']);
	});

	it('rejects an oversized save without reading it', () => {
		const answer = { choice: 'fact', answeredAt: '2026-11-20T09:15:30.000Z', reviewed: true };
		const answers = Object.fromEntries(
			Array.from({ length: 80_000 }, (_, i) => [`claim-${i}`, answer])
		);
		const huge = JSON.stringify({
			version: 1,
			moduleId: 'signal-words',
			contentVersion: 1,
			answers
		});
		expect(huge.length).toBeGreaterThan(STORED_LIMIT);
		const parse = vi.spyOn(JSON, 'parse');
		try {
			expect(readSavedProgress(huge, 'signal-words')).toEqual({ status: 'unreadable' });
			expect(parse).not.toHaveBeenCalled();
		} finally {
			parse.mockRestore();
		}
	});
});
