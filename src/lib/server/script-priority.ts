/**
 * Gives the page's scripts low fetch priority in a prerendered page's HTML, so that they wait
 * behind the text: every page is complete without them (the article, the links, the printouts),
 * and they only add the quiz and saved progress. Takes one chunk of HTML as SvelteKit renders
 * it (`transformPageChunk`) and returns it with `fetchpriority="low"` on each
 * `<link rel="modulepreload">` SvelteKit wrote; anything else, and links that already say a
 * priority, pass through unchanged.
 *
 * Why it matters: a browser treats high-priority scripts found in the head as render-blocking
 * when deciding what to fetch first, and so does Lighthouse's LCP estimate (Lantern counts a
 * `High` script as render-blocking: lighthouse `NetworkNode.hasRenderBlockingPriority`), which
 * put 50 KB of scripts on slow 4G before the first paint. Source of the attribute:
 * https://html.spec.whatwg.org/multipage/urls-and-fetching.html#fetch-priority-attributes
 */
export function lowerScriptPriority(html: string): string {
	return html.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, (link) =>
		/\bfetchpriority=/.test(link) ? link : link.replace(/>$/, ' fetchpriority="low">')
	);
}
