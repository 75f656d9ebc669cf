import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { sveltekit } from '@sveltejs/kit/vite';
import { chromiumLaunchOptions } from './scripts/chromium.js';

/**
 * What every page loads travels as one file: one request, and it compresses better together. The
 * section pages are where this counts: they must stay under 50 KB of JavaScript with the quiz.
 */
const loadedByEveryPage = [
	// Svelte and SvelteKit's client
	/node_modules\/(svelte|@sveltejs\/kit|devalue|esm-env)\//,
	// the bundler's own helpers
	/preload-helper|rolldown\/runtime/,
	// the root layout and error page, which SvelteKit loads on every page
	/src\/routes\/\+(layout|error)\./,
	// the helpers that most pages share: saved answers, scores, claim notes
	/src\/lib\/(progress\/(module-progress|saved-progress)|storage\/(browser-storage|load-stored|keys)|quiz\/(grading|answers)|content\/labels)\./,
	/src\/lib\/components\/ClaimNotes\.svelte/,
	// what a section page needs in assignment mode, used by the assignment page too
	/src\/lib\/assignment\/assignment-(answers|section)\./
];

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// SvelteKit preloads each page's modules itself.
		modulePreload: false,
		rolldownOptions: {
			// The build's own timings read like a warning to someone running `npm start`; they are not.
			checks: { bundlerTimings: false },
			output: {
				manualChunks: (id) =>
					loadedByEveryPage.some((pattern) => pattern.test(id)) ? 'shared' : null
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'client',
					browser: {
						enabled: true,
						provider: playwright({ launchOptions: chromiumLaunchOptions }),
						instances: [{ browser: 'chromium', headless: true }]
					},
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					exclude: ['src/lib/server/**']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.{test,spec}.{js,ts}', 'scripts/**/*.{test,spec}.{js,ts}'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}']
				}
			}
		]
	}
});
