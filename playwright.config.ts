import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.js';

// Not 4173, where `npm start` serves: the tests always build and serve their own copy of the
// site, so a server left running can never make them test an old build. E2E_PORT picks another.
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	// Two workers on two cores: a test that drives several pages needs more than the default 30 s.
	timeout: 60_000,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [
		['list'],
		// Read by scripts/test.js for the totals line.
		['json', { outputFile: 'reports/e2e.json' }],
		...(process.env.CI ? [['html', { open: 'never' }] as const] : [])
	],
	outputDir: 'test-results',
	use: {
		...devices['Desktop Chrome'],
		baseURL: `http://localhost:${port}`,
		launchOptions: chromiumLaunchOptions,
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `npm run build && npm run preview -- --port ${port} --strictPort`,
		port,
		// A server already on the port is an error, never silently tested.
		reuseExistingServer: false,
		timeout: 180_000
	}
});
