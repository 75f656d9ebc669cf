import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { sveltekit } from '@sveltejs/kit/vite';
import { chromiumLaunchOptions } from './scripts/chromium.js';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// SvelteKit preloads each page's modules itself; the one lazy import (assignment mode) needs
		// no preload helper on every section page.
		modulePreload: false,
		rolldownOptions: {
			output: {
				// Small helpers most pages share travel as one file: fewer requests, and they
				// compress better together.
				manualChunks: (id) =>
					/src\/lib\/(progress\/(module-progress|progress-storage|saved-progress)|quiz\/(grading|answers)|content\/labels)\.|src\/lib\/components\/ClaimNotes\.svelte/.test(
						id
					)
						? 'shared'
						: null
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
