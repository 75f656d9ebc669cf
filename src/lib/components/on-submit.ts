/**
 * Handles a form's submit as an attachment (`{@attach onSubmit(handler)}`): the page's own code,
 * with the browser's default (a reload) prevented.
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
