import { validDue, type Due } from './assignment';

/**
 * The offset of a time zone from UTC at a moment, in milliseconds (Berlin in winter: 3,600,000).
 * Throws a RangeError when the browser does not know the zone.
 */
function offsetAt(ms: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(new Date(ms));
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(
		part('year'),
		part('month') - 1,
		part('day'),
		part('hour'),
		part('minute'),
		part('second')
	);
	return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The last second of a day in a time zone: `endOfDayIn('2027-03-12', 'Europe/Berlin')` is
 * 22:59:59 UTC, in seconds since 1970. Takes a YYYY-MM-DD day and an IANA zone name; throws a
 * RangeError for a zone the browser does not know. Daylight-saving changes are taken from the
 * browser's time zone data (Intl).
 */
export function endOfDayIn(date: string, timeZone: string): number {
	const [year, month, day] = date.split('-').map(Number);
	const wall = Date.UTC(year, month - 1, day, 23, 59, 59);
	// Two passes: the offset at a first guess, then at the moment it gives (a change of offset
	// late on a day moves the answer by at most one step).
	let at = wall - offsetAt(wall, timeZone);
	at = wall - offsetAt(at, timeZone);
	return Math.floor(at / 1000);
}

/**
 * The due moment of a teacher's chosen day (YYYY-MM-DD): its last second in this browser's time
 * zone, with that zone's IANA name; in UTC when the browser names no zone a link can carry.
 */
export function dueAtEndOf(date: string): Due {
	const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
	try {
		const due = validDue({ at: endOfDayIn(date, timeZone), timeZone });
		if (due) return due;
	} catch {
		// A zone this browser cannot compute with: UTC below.
	}
	return { at: endOfDayIn(date, 'UTC'), timeZone: 'UTC' };
}

/**
 * Whether a hand-in (seconds since 1970) came after the due moment. A day from an older link
 * (`{ date }`) ends at 23:59:59 in this browser's time zone, as it always did.
 */
export function isLate(handedInAt: number, due: Due | null): boolean {
	if (!due) return false;
	const end = 'at' in due ? due.at * 1000 : new Date(`${due.date}T23:59:59.999`).getTime();
	return handedInAt * 1000 > end;
}

/**
 * A time zone named for people: "Berlin time" for Europe/Berlin, "Los Angeles time", else the
 * offset the zone has at that moment ("GMT+5 time" for Etc/GMT-5; "UTC" for UTC).
 */
export function zoneName(timeZone: string, atMs: number): string {
	if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
	const segments = timeZone.split('/');
	if (segments.length > 1 && segments[0] !== 'Etc')
		return `${segments[segments.length - 1].replace(/_/g, ' ')} time`;
	try {
		const offset = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' })
			.formatToParts(new Date(atMs))
			.find((part) => part.type === 'timeZoneName')?.value;
		return offset ? `${offset} time` : timeZone;
	} catch {
		return timeZone;
	}
}

const dayAndTime = (timeZone: string, withYear: boolean) =>
	new Intl.DateTimeFormat('en-GB', {
		timeZone,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: withYear ? 'numeric' : undefined,
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	});

/**
 * When work is due, in words. For a moment: in the teacher's zone, "Friday 12 March, 23:59
 * Berlin time" (the year only when it is not the year of `now`), and `local` the same moment in
 * this browser's zone when that reads differently ("Friday 12 March, 14:59 your time"), else null.
 * For a day from an older link: "Friday 12 March" (the end of that day wherever one looks).
 * A zone this browser does not know is named in UTC.
 */
export function describeDue(due: Due, now = new Date()): { text: string; local: string | null } {
	if (!('at' in due)) {
		const day = new Date(`${due.date}T12:00:00Z`);
		const withYear = day.getUTCFullYear() !== now.getFullYear();
		const text = new Intl.DateTimeFormat('en-GB', {
			timeZone: 'UTC',
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			year: withYear ? 'numeric' : undefined
		}).format(day);
		return { text, local: null };
	}
	return describeMoment(due.at, due.timeZone, now);
}

/**
 * A moment in words, the way a due time reads: in the given zone (IANA name; the teacher's, for
 * an assignment), "Friday 12 March, 23:59 Berlin time" (the year only when it is not the year of
 * `now`), and `local` the same moment in this browser's zone when that reads differently
 * ("Friday 12 March, 14:59 your time"), else null. Takes seconds since 1970 (UTC). A zone this
 * browser does not know is named in UTC.
 */
export function describeMoment(
	seconds: number,
	timeZone: string,
	now = new Date()
): { text: string; local: string | null } {
	const ms = seconds * 1000;
	const withYear = new Date(ms).getUTCFullYear() !== now.getUTCFullYear();
	const format = (timeZone: string) =>
		dayAndTime(timeZone, withYear).format(ms).replace(' at ', ', ');
	let zone = timeZone;
	let there: string;
	try {
		there = format(zone);
	} catch {
		zone = 'UTC';
		there = format(zone);
	}
	const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
	const here = own ? format(own) : there;
	return {
		text: `${there} ${zoneName(zone, ms)}`,
		local: here === there ? null : `${here} your time`
	};
}
