import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moduleCheck } from './module-check';
import { checkOf } from '$lib/codes/encoding';

describe('moduleCheck', () => {
	it('is the check a code gets (`checkOf`) of the JSON text', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expect(moduleCheck(value)).toBe(checkOf(JSON.stringify(value)));
			})
		);
	});
});
