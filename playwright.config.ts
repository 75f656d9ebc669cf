import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.js';

const port = 4173;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
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
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
