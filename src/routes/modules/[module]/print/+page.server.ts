import { printData, printEntries } from './print-data';

export const entries = printEntries;

export function load({ params }) {
	return { ...printData(params.module), kind: 'worksheet' as const };
}
