import { moduleEntries } from '$lib/server/modules';
import { printData } from './print-data';

export const entries = moduleEntries;

export function load({ params }) {
	return { ...printData(params.module), kind: 'worksheet' as const };
}
