import { afterEach, describe, expect, it, vi } from 'vitest';
import { refuseLongPaste } from './refuse-long-paste';

/** A paste of this text into the field, as the browser sends it before putting the text in. */
function paste(field: HTMLElement, text: string) {
	const clipboardData = new DataTransfer();
	clipboardData.setData('text/plain', text);
	const event = new ClipboardEvent('paste', { clipboardData, cancelable: true, bubbles: true });
	field.dispatchEvent(event);
	return event;
}

function setup(value = '') {
	const field = document.createElement('textarea');
	field.value = value;
	document.body.append(field);
	const refused = vi.fn();
	const detach = refuseLongPaste(10, refused)(field);
	return { field, refused, detach };
}

afterEach(() => document.body.replaceChildren());

describe('A field that refuses a long paste', () => {
	it('keeps 3 MB out of the field and says how long the paste was', () => {
		const { field, refused } = setup();
		const event = paste(field, 'M1.' + 'A'.repeat(3_000_000));
		expect(event.defaultPrevented).toBe(true);
		expect(refused).toHaveBeenCalledExactlyOnceWith(3_000_003);
		expect(field.value).toBe('');
	});

	it('lets a paste that fits through, counting what it replaces', () => {
		const { field, refused } = setup('abcdefgh');
		field.setSelectionRange(0, 8);
		expect(paste(field, '0123456789').defaultPrevented).toBe(false);
		field.setSelectionRange(8, 8);
		expect(paste(field, '123').defaultPrevented).toBe(true);
		expect(refused).toHaveBeenCalledExactlyOnceWith(3);
	});

	it('stops listening once detached', () => {
		const { field, refused, detach } = setup();
		detach();
		expect(paste(field, 'A'.repeat(11)).defaultPrevented).toBe(false);
		expect(refused).not.toHaveBeenCalled();
	});
});
