// Stops the test run early, with instructions, when there is no Chromium to drive.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.js';

let found = chromiumPath();
if (!found) {
	try {
		const own = chromium.executablePath();
		if (existsSync(own)) found = own;
	} catch {
		// Playwright has no browser of its own on this machine
	}
}
if (!found) {
	console.error(`No Chromium found for the browser tests. Install one of:
  - Debian/Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)
  - any system: npx playwright install chromium
  - or point CHROMIUM_PATH at a Chromium or Chrome binary.`);
	process.exit(1);
}
console.log(`Browser tests use ${found}`);

// The print tests read the PDFs they make.
try {
	execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
	execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
} catch {
	console.error(
		'The print tests need pdftotext and pdfinfo. Debian/Ubuntu: sudo apt-get install poppler-utils'
	);
	process.exit(1);
}
