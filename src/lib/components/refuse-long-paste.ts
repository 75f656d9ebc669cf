/**
 * Refuses a paste that would make a text field longer than `limit` characters (UTF-16 code
 * units, as `value.length` counts them), before the browser puts it in: laying out megabytes of
 * text in a field takes the browser seconds, and nothing in them would be read anyway. The
 * selection the paste would replace is not counted. An attachment
 * (`{@attach refuseLongPaste(limit, onrefused)}`) on an `<input>` or `<textarea>`; `onrefused`
 * is called with the pasted text's length so the page can say, in one calm sentence, how long it
 * may be. A paste that fits is left to the browser.
 */
export function refuseLongPaste(limit: number, onrefused: (length: number) => void) {
	return (field: HTMLInputElement | HTMLTextAreaElement) => {
		const listener = (event: ClipboardEvent) => {
			const text = event.clipboardData?.getData('text/plain') ?? '';
			const replaced = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
			if (field.value.length - replaced + text.length <= limit) return;
			event.preventDefault();
			onrefused(text.length);
		};
		// As an element, whose event map knows a paste is a ClipboardEvent (the union does not).
		const element: HTMLElement = field;
		element.addEventListener('paste', listener);
		return () => element.removeEventListener('paste', listener);
	};
}
