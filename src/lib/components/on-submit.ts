/**
 * Handles a form's submit as an attachment (`{@attach onSubmit(handler)}`): the page's own code,
 * with the browser's default (a reload) prevented. Takes the handler; returns the attachment.
 * Not Svelte's `onsubmit` attribute: its runtime (about 80 B gzip) would join every page's first
 * load, section pages included, which have no bytes to spare. For the same reason the forms write
 * `value` and `oninput` rather than `bind:value` (about 290 B gzip on every page).
 */
export function onSubmit(handler: () => void) {
	return (form: HTMLFormElement) => {
		const listener = (event: SubmitEvent) => {
			event.preventDefault();
			handler();
		};
		form.addEventListener('submit', listener);
		return () => form.removeEventListener('submit', listener);
	};
}
