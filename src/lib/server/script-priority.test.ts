import { describe, expect, it } from 'vitest';
import { lowerScriptPriority } from './script-priority';

describe('lowerScriptPriority', () => {
	it('puts every script SvelteKit preloads behind the text', () => {
		const head =
			'<link href="./_app/immutable/entry/start.js" rel="modulepreload">\n' +
			'<link href="./_app/immutable/chunks/shared.js" rel="modulepreload">';
		expect(lowerScriptPriority(head)).toBe(
			'<link href="./_app/immutable/entry/start.js" rel="modulepreload" fetchpriority="low">\n' +
				'<link href="./_app/immutable/chunks/shared.js" rel="modulepreload" fetchpriority="low">'
		);
	});

	it('leaves stylesheets, icons, text and a priority already given alone', () => {
		const html =
			'<link rel="icon" href="favicon.svg"><link href="a.css" rel="stylesheet">' +
			'<link href="b.js" rel="modulepreload" fetchpriority="high">' +
			'<p>Read about rel="modulepreload"> in the spec.</p>';
		expect(lowerScriptPriority(html)).toBe(html);
	});
});
