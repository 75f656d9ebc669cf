import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/** The paper sizes the print tests use. */
export const FORMATS = ['A4', 'Letter'] as const;

/**
 * Prints the page to PDF as the browser's print dialog would (print media, no backgrounds), keeps
 * the file in `test-results/pdfs/` for people to look at, and returns its text (read back with
 * poppler's pdftotext, layout kept and flattened to single spaces) and its page count.
 */
export async function printToPdf(
	page: Page,
	name: string,
	format: (typeof FORMATS)[number],
	info: TestInfo
) {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format, printBackground: false });
	await page.emulateMedia({ media: 'screen' });
	const dir = join('test-results', 'pdfs');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `${name}-${format}.pdf`);
	writeFileSync(file, pdf);
	await info.attach(`${name}-${format}.pdf`, { path: file, contentType: 'application/pdf' });
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	const pages = Number(
		/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]
	);
	return { text, pages, flat: text.replace(/\s+/g, ' ') };
}
