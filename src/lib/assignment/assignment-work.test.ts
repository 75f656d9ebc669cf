import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { handInOf, readWork } from './assignment-work';

const saved = readFileSync(new URL('./fixtures/work-v1.json', import.meta.url), 'utf8');

describe('stored assignment work', () => {
	it('still reads the work that the first release saved', () => {
		const read = readWork(saved, 'K7P2QX');
		expect(read.status).toBe('ok');
		if (read.status !== 'ok') return;
		expect(read.value.studentName).toBe('Robin Park');
		expect(read.value.assignment.sections).toEqual(['the-news', 'what-next']);
		expect(Object.keys(read.value.answers)).toEqual(['council-vote', 'parents-worried']);
		expect(read.value.handedInAt).toBeNull();
	});

	it('reads it as unreadable under another assignment code', () => {
		expect(readWork(saved, 'ABCDEF')).toEqual({ status: 'unreadable' });
	});

	it('keeps the readable answers when one is damaged, and says so', () => {
		const damaged = saved.replace('"speculation"', '"maybe"');
		const read = readWork(damaged, 'K7P2QX');
		expect(read.status).toBe('partial');
		if (read.status !== 'partial') return;
		expect(Object.keys(read.value.answers)).toEqual(['council-vote']);
	});

	it('hands in the answers in the order of the claims, with times in seconds', () => {
		const read = readWork(
			saved.replace('"handedInAt": null', '"handedInAt": "2026-11-24T09:10:00.000Z"'),
			'K7P2QX'
		);
		if (read.status !== 'ok') throw new Error(read.status);
		const handIn = handInOf(read.value, ['parents-worried', 'lane-plans', 'council-vote']);
		expect(handIn).toMatchObject({
			assignmentCode: 'K7P2QX',
			studentName: 'Robin Park',
			answers: ['speculation', null, 'fact'],
			answeredAfter: [225, null, 130]
		});
		expect(handIn!.handedInAt - handIn!.startedAt).toBe(600);
	});
});

describe('stored assignment work with a due moment', () => {
	const withMoment = readFileSync(
		new URL('./fixtures/work-v1-due-moment.json', import.meta.url),
		'utf8'
	);

	it('reads the due moment and the teacher’s zone that this release saves', () => {
		const read = readWork(withMoment, 'K7P2QY');
		expect(read.status).toBe('ok');
		if (read.status !== 'ok') return;
		expect(read.value.assignment.due).toEqual({ at: 1804892399, timeZone: 'Europe/Berlin' });
		expect(read.value.handedInAt).toBe('2027-03-12T06:00:00.000Z');
	});

	it('reads the due day of the first release as a day', () => {
		const read = readWork(saved, 'K7P2QX');
		expect(read.status === 'ok' && read.value.assignment.due).toEqual({ date: '2026-12-01' });
	});
});
