/**
 * Text as a CSS string literal: backslashes and double quotes escaped, line breaks made spaces
 * (CSS Syntax Level 3, §4.3.5), so no text can end the string or the rule.
 */
export function cssString(text: string): string {
	return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/**
 * Puts `text` in the bottom-left footer of every printed page of the named CSS page (`@page
 * <page>`, e.g. "answers"), beside the "Page n of m" that app.css prints, as an attachment
 * (`{@attach runningTitle('answers', title)}`) for text that is known only in the browser. The
 * footer uses CSS page margin boxes (CSS Paged Media Level 3), which Chromium prints.
 */
export function runningTitle(page: string, text: string) {
	return () => {
		const style = document.createElement('style');
		style.textContent = `@page ${page} { @bottom-left { content: ${cssString(text)}; } }`;
		document.head.append(style);
		return () => style.remove();
	};
}
