import { existsSync } from 'node:fs';

/** Flags that keep Chromium quiet on machines without a network. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/**
 * The Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else undefined so that
 * Playwright uses its own downloaded browser.
 * @returns {string | undefined}
 */
export function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
		return fromEnv;
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

export const chromiumLaunchOptions = { executablePath: chromiumPath(), args: chromiumArgs };
