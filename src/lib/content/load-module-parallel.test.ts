import { afterEach, expect, it, vi } from 'vitest';
import signalWords from '$lib/content/modules/signal-words.json';
import { fetchModule } from './load-module';

// Records when the validator's code is first asked for (loading it is what costs time in a page).
const validator = vi.hoisted(() => ({ requested: false }));
vi.mock('$lib/content/validate-module', async (importOriginal) => {
	validator.requested = true;
	return importOriginal();
});

afterEach(() => vi.unstubAllGlobals());

it('loads the validator while the module downloads, not after', async () => {
	let answer: (response: Response) => void = () => {};
	vi.stubGlobal(
		'fetch',
		vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)))
	);
	const fetched = fetchModule('signal-words');
	// The module has not arrived yet, and its validator is on its way already.
	await vi.waitFor(() => expect(validator.requested).toBe(true));
	answer(new Response(JSON.stringify(signalWords)));
	expect((await fetched).module?.id).toBe('signal-words');
});
