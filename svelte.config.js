import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		discloseVersion: false,
		// Runes mode for the project's own files; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// 404.html: the page static hosts show for a path that does not exist.
		adapter: adapter({ fallback: '404.html' }),
		// Set BASE_PATH=/claimwise to serve the site from a sub-path of a static host.
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push(
					'../playwright.config.ts',
					'../scripts/**/*.js',
					'../scripts/**/*.ts'
				);
			}
		},
		// Nothing runs or loads from elsewhere: inline scripts only by their hash, and no other origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// SvelteKit's route announcer sets a style attribute; styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The page's few KB of CSS come inside its HTML: the text paints without waiting for a
		// stylesheet, or for the page's scripts that would otherwise arrive before it.
		inlineStyleThreshold: 16 * 1024
	}
};

export default config;
