import { afterEach, describe, expect, it } from 'vitest';
import { describeDue, describeMoment, endOfDayIn, isLate, zoneName } from './due';

const seconds = (iso: string) => Date.parse(iso) / 1000;
const originalZone = process.env.TZ;

// Node reads TZ again whenever it is set, which stands in for a browser in that zone.
function inZone(timeZone: string) {
	process.env.TZ = timeZone;
}
afterEach(() => {
	if (originalZone === undefined) delete process.env.TZ;
	else process.env.TZ = originalZone;
});

describe('due moments', () => {
	it('end a day at 23:59:59 in the teacher’s zone, summer time and winter time', () => {
		expect(endOfDayIn('2027-03-12', 'Europe/Berlin')).toBe(seconds('2027-03-12T22:59:59Z'));
		expect(endOfDayIn('2027-07-01', 'Europe/Berlin')).toBe(seconds('2027-07-01T21:59:59Z'));
		expect(endOfDayIn('2027-03-12', 'America/Los_Angeles')).toBe(seconds('2027-03-13T07:59:59Z'));
		// The day the clocks go forward in Europe still ends at 23:59:59 there.
		expect(endOfDayIn('2027-03-28', 'Europe/Berlin')).toBe(seconds('2027-03-28T21:59:59Z'));
		expect(endOfDayIn('2027-03-12', 'Asia/Kolkata')).toBe(seconds('2027-03-12T18:29:59Z'));
	});

	it('judge a hand-in at 22:00 in Los Angeles on the due day late when the teacher is in Berlin, wherever it is looked at', () => {
		const due = { at: endOfDayIn('2027-03-12', 'Europe/Berlin'), timeZone: 'Europe/Berlin' };
		// 22:00 on 12 March in Los Angeles is 06:00 on 13 March in Berlin.
		const handedIn = seconds('2027-03-13T06:00:00Z');
		for (const zone of ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo']) {
			inZone(zone);
			expect(isLate(handedIn, due)).toBe(true);
			expect(isLate(seconds('2027-03-12T22:59:59Z'), due)).toBe(false);
		}
	});

	it('keep the old meaning of a due day from an A1 link: the end of that day where one looks', () => {
		const day = { date: '2027-03-12' };
		const handedIn = seconds('2027-03-13T06:00:00Z');
		inZone('America/Los_Angeles');
		expect(isLate(handedIn, day)).toBe(false);
		inZone('Europe/Berlin');
		expect(isLate(handedIn, day)).toBe(true);
		expect(isLate(handedIn, null)).toBe(false);
	});

	it('are named in the teacher’s zone for every student, with their own time beside it', () => {
		const due = { at: endOfDayIn('2027-03-12', 'Europe/Berlin'), timeZone: 'Europe/Berlin' };
		const now = new Date('2027-03-01T12:00:00Z');
		inZone('Europe/Berlin');
		expect(describeDue(due, now)).toEqual({
			text: 'Friday 12 March, 23:59 Berlin time',
			local: null
		});
		inZone('America/Los_Angeles');
		expect(describeDue(due, now)).toEqual({
			text: 'Friday 12 March, 23:59 Berlin time',
			local: 'Friday 12 March, 14:59 your time'
		});
		expect(describeDue(due, new Date('2026-12-01T12:00:00Z')).text).toBe(
			'Friday, 12 March 2027, 23:59 Berlin time'
		);
	});

	it('name when work was handed in as the due time reads: the teacher’s zone, and the student’s', () => {
		const handedIn = Date.parse('2027-03-12T18:03:00Z') / 1000;
		const now = new Date('2027-03-01T12:00:00Z');
		inZone('Europe/Berlin');
		expect(describeMoment(handedIn, 'Europe/Berlin', now)).toEqual({
			text: 'Friday 12 March, 19:03 Berlin time',
			local: null
		});
		inZone('America/Los_Angeles');
		expect(describeMoment(handedIn, 'Europe/Berlin', now)).toEqual({
			text: 'Friday 12 March, 19:03 Berlin time',
			local: 'Friday 12 March, 10:03 your time'
		});
		expect(
			describeMoment(handedIn, 'America/Los_Angeles', new Date('2026-12-01T12:00:00Z'))
		).toEqual({
			text: 'Friday, 12 March 2027, 10:03 Los Angeles time',
			local: null
		});
	});

	it('name zones the way people say them, and never fail on a zone the browser lacks', () => {
		const at = Date.parse('2027-03-12T12:00:00Z');
		expect(zoneName('America/Los_Angeles', at)).toBe('Los Angeles time');
		expect(zoneName('America/Argentina/Buenos_Aires', at)).toBe('Buenos Aires time');
		expect(zoneName('UTC', at)).toBe('UTC');
		expect(zoneName('Etc/GMT-5', at)).toBe('GMT+5 time');
		const unknown = { at: seconds('2027-03-12T22:59:59Z'), timeZone: 'Mars/Olympus_Mons' };
		expect(describeDue(unknown, new Date('2027-01-01')).text).toBe('Friday 12 March, 22:59 UTC');
	});
});
