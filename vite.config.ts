import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { ModuleInfo } from 'rolldown';
import { build, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { sveltekit } from '@sveltejs/kit/vite';
import { chromiumLaunchOptions } from './scripts/chromium.js';
import { ISLANDS } from './src/lib/islands/files.ts';

/**
 * Which modules travel in the one `shared` chunk, decided from the module graph alone, so that
 * renaming or moving a file never moves code between chunks. The page that runs the quiz (the
 * one that loads XState: the section page, closest to the 50 KB budget) should load two files:
 * its own chunk and `shared`. So `shared` holds every module that page loads together with at
 * least one other entry (a page, or SvelteKit's start code); what only other pages share is left
 * to the bundler's automatic chunks. Code behind `import()` never counts as loaded.
 */
const QUIZ_LIBRARY = /[\\/]node_modules[\\/]xstate[\\/]/;
// SvelteKit's fixed names for them (https://svelte.dev/docs/kit/routing), not our choice of names.
const ROOT_LAYOUT_OR_ERROR = /[\\/]src[\\/]routes[\\/]\+(layout|error)\.svelte$/;
const sharedLayouts = new WeakMap<ModuleInfo, Set<string>>();

function inSharedChunk(id: string, moduleInfo: (id: string) => ModuleInfo | null): boolean {
	const info = moduleInfo(id);
	if (!info) return false;
	// Module infos are reused within one build (client or server), so the layout is worked out once.
	let shared = sharedLayouts.get(info);
	if (!shared) {
		shared = sharedModules(info, moduleInfo);
		for (const module of allModules(info, moduleInfo)) sharedLayouts.set(module, shared);
	}
	return shared.has(id);
}

/** Every module of the build `start` belongs to, through imports either way. */
function allModules(start: ModuleInfo, moduleInfo: (id: string) => ModuleInfo | null) {
	const found = new Map([[start.id, start]]);
	const queue = [start];
	while (queue.length) {
		const info = queue.pop()!;
		const links = [
			...info.importers,
			...info.importedIds,
			...info.dynamicImporters,
			...info.dynamicallyImportedIds
		];
		for (const id of links) {
			const linked = !found.has(id) && moduleInfo(id);
			if (!linked) continue;
			found.set(id, linked);
			queue.push(linked);
		}
	}
	return found.values();
}

/** The modules an entry loads without `import()`. */
function loadedBy(entry: ModuleInfo, moduleInfo: (id: string) => ModuleInfo | null) {
	const loaded = new Map([[entry.id, entry]]);
	const queue = [entry];
	while (queue.length) {
		for (const id of queue.pop()!.importedIds) {
			const imported = !loaded.has(id) && moduleInfo(id);
			if (!imported) continue;
			loaded.set(id, imported);
			queue.push(imported);
		}
	}
	return loaded;
}

/** The modules that go in `shared` (see above), by id. */
function sharedModules(start: ModuleInfo, moduleInfo: (id: string) => ModuleInfo | null) {
	const entries = [...allModules(start, moduleInfo)].filter((info) => info.isEntry);
	const loads = entries.map((entry) => loadedBy(entry, moduleInfo));
	const quizPage = loads.find((modules) => [...modules.keys()].some((id) => QUIZ_LIBRARY.test(id)));
	const shared = new Set<string>();
	for (const id of quizPage?.keys() ?? []) {
		if (loads.filter((modules) => modules.has(id)).length >= 2) shared.add(id);
	}
	// SvelteKit loads the root layout and root error page with every page.
	for (const modules of loads) {
		for (const id of modules.keys()) if (ROOT_LAYOUT_OR_ERROR.test(id)) shared.add(id);
	}
	return shared;
}

/**
 * Vite wraps every `import()` in a helper that first loads the imported chunk's CSS. Its own
 * helper also handles script preloading, which this site turns off (`modulePreload: false`), and
 * costs about 600 bytes gzip on every page; section pages have no room for it. This one does the
 * same for CSS in about 200 bytes: each stylesheet once, resolved against the importing chunk
 * (relative paths), the import failing if a stylesheet does. Source of the contract:
 * vite/src/node/plugins/importAnalysisBuild.ts (`preload(baseModule, deps, importerUrl)`).
 */
const smallPreloadHelper: Plugin = {
	name: 'claimwise:small-preload-helper',
	enforce: 'pre',
	apply: 'build',
	load(id) {
		if (id !== '\0vite/preload-helper.js') return;
		return `const seen = {};
export const __vitePreload = (load, deps, importer) =>
	Promise.all((deps || []).map((dep) => {
		const href = new URL(dep, importer).href;
		return (seen[href] ??= new Promise((loaded, failed) => {
			const link = document.createElement('link');
			link.rel = 'stylesheet';
			link.href = href;
			link.onload = loaded;
			link.onerror = () => failed(new Error('Unable to load ' + href));
			document.head.append(link);
		}));
	})).then(load);`;
	}
};

/**
 * XState's `setup()` returns, beside the typed `createMachine`, every action creator (`assign`,
 * `sendTo`, `raise`, `log`, `cancel`, `stopChild`, `enqueueActions`, `emit`, `spawnChild`) as
 * properties of one object, so no bundler can leave the unused ones out: 745 bytes gzip on every
 * section page, over its 50 KB budget. The build drops them from that object; the machines import
 * the creators they use from 'xstate' itself (`import { assign } from 'xstate'`), never from the
 * result of `setup()`. Fails the build if a new XState release no longer matches, so the saving
 * cannot silently vanish or break. Source: xstate/src/setup.ts (`setup`), version 5.33.
 */
const SETUP_CREATORS =
	/(function setup\([^)]*\)\s*\{\s*return \{)\s*assign,\s*sendTo,\s*raise,\s*log,\s*cancel,\s*stopChild,\s*enqueueActions,\s*emit,\s*spawnChild,/;
const leanXStateSetup: Plugin = {
	name: 'claimwise:lean-xstate-setup',
	apply: 'build',
	transform(code, id) {
		if (!/[\\/]node_modules[\\/]xstate[\\/]dist[\\/]xstate\.(development\.)?esm\.js$/.test(id))
			return;
		if (!SETUP_CREATORS.test(code)) {
			throw new Error(`XState's setup() no longer has the shape vite.config.ts expects in ${id}`);
		}
		return { code: code.replace(SETUP_CREATORS, '$1'), map: null };
	}
};

/**
 * SvelteKit's generated root module wraps the root component in Svelte 4's class-component layer
 * (`svelte/legacy`), on every page; `src/lib/kit-root.svelte.ts` is the part of it SvelteKit's client
 * uses (the server keeps SvelteKit's own). Fails the build if a new SvelteKit release writes the module differently, so that the saving
 * cannot silently vanish or break. Source: @sveltejs/kit src/core/sync/write_root.js, version 2.70.
 */
const KIT_ROOT =
	/^\s*import \{ asClassComponent \} from 'svelte\/legacy';\s*import Root from '\.\/root\.svelte';\s*export default asClassComponent\(Root\);\s*$/;
const leanKitRoot: Plugin = {
	name: 'claimwise:lean-kit-root',
	transform(code, id, options) {
		// The server renders the root with the class's static `render`: it keeps SvelteKit's.
		if (options?.ssr || !/[\\/]\.svelte-kit[\\/]generated[\\/]root\.js$/.test(id)) return;
		if (!KIT_ROOT.test(code)) {
			throw new Error(
				`SvelteKit's root module no longer has the shape vite.config.ts expects in ${id}`
			);
		}
		const leanRoot = fileURLToPath(new URL('./src/lib/kit-root.svelte.ts', import.meta.url));
		return {
			code: `import Root from './root.svelte'; import { leanRoot } from ${JSON.stringify(leanRoot)}; export default leanRoot(Root);`,
			map: null
		};
	}
};

/**
 * An added module's pages (`src/routes/my/[[view]]/added-page.ts`) load the built-in pages'
 * components through SvelteKit's generated route table: `nodes`, a list of `() =>
 * import('./nodes/<n>')`, and `dictionary`, route id → `[leaf, layouts?, errors?]`, the leaf a
 * node index, written `~<n>` when the page has a server load. Fails the build if a new SvelteKit
 * release writes the table differently, so that /my/ cannot break silently. The route ids are
 * those of the views in `src/routes/my/[[view]]/view-*.ts`. Source: @sveltejs/kit
 * src/core/sync/write_client_manifest.js, version 2.70.
 */
const ADDED_PAGE_ROUTES = [
	'/modules/[module]',
	'/modules/[module]/results',
	'/modules/[module]/print/[[sheet]]'
];
const ROUTE_NODES = /export const nodes = \[\s*(?:\(\) => import\('\.\/nodes\/\d+'\),?\s*)+\];/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const routeTableCheck: Plugin = {
	name: 'claimwise:route-table-check',
	transform(code, id, options) {
		if (
			options?.ssr ||
			!/[\\/]\.svelte-kit[\\/]generated[\\/]client(-optimized)?[\\/]app\.js$/.test(id)
		) {
			return;
		}
		const table = code.match(/export const dictionary = (\{[^}]*\});/)?.[1] ?? '';
		const changed = [
			ROUTE_NODES.test(code) ? null : '`nodes` is no longer a list of node imports',
			table ? null : '`dictionary` is no longer an object of route ids',
			...ADDED_PAGE_ROUTES.map((route) =>
				!table || new RegExp(`"${escapeRegExp(route)}": \\[~?\\d+[,\\]]`).test(table)
					? null
					: `\`dictionary\` has no node index first for "${route}"`
			)
		].filter(Boolean);
		if (changed.length) {
			throw new Error(
				`SvelteKit's route table no longer has the shape the pages of added modules read (src/routes/my/[[view]]/added-page.ts) in ${id}: ${changed.join('; ')}.`
			);
		}
	}
};

/**
 * The scripts of the pages that load one of their own instead of SvelteKit's client (`ISLANDS`):
 * an added module's section page would load 56.8 KB of code with that client, over the 50 KB
 * budget, and loads about 38 KB without. Each is built here on its own, with the Svelte plugin
 * (components' styles inside the script), the site's XState saving and a `$app/paths` of its own
 * (`src/lib/islands/paths.ts`), and added to the site's client files (listed in the manifest, so
 * the service worker keeps them). Fails the build if a script would need a stylesheet.
 */
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Builds one island's script (`ISLANDS`): its entry, named as `file`, and the chunks its `import()`s
 * load (code only some visits need, such as the module validator), each beside it, named by
 * content. Returns each file's path from the site's base path and its code.
 */
async function buildIsland(island: (typeof ISLANDS)[number]) {
	const folder = island.file.slice(0, island.file.lastIndexOf('/') + 1);
	const name = island.file.slice(folder.length, -'.js'.length);
	const entryId = fromRoot(island.source);
	let loaded: Map<string, ModuleInfo> | undefined;
	const result = await build({
		configFile: false,
		root: fromRoot('.'),
		mode: 'production',
		logLevel: 'warn',
		plugins: [leanXStateSetup, svelte({ emitCss: false })],
		resolve: {
			alias: {
				$lib: fromRoot('./src/lib'),
				'$app/paths': fromRoot('./src/lib/islands/paths.ts')
			}
		},
		build: {
			write: false,
			modulePreload: false,
			rolldownOptions: {
				input: entryId,
				checks: { bundlerTimings: false },
				output: {
					entryFileNames: `${name}.js`,
					chunkFileNames: `${name}-[name]-[hash].js`,
					// What the page loads at once goes in one chunk named by its content, which the
					// entry (asked for with `?v=<version>`) and the `import()`ed chunks both import: so
					// each module runs once, whatever the query.
					codeSplitting: {
						groups: [
							{
								// `ctx` stays whole: its methods read `this`.
								name: (id, ctx) => {
									loaded ??= loadedBy(ctx.getModuleInfo(entryId)!, (each) =>
										ctx.getModuleInfo(each)
									);
									return id !== entryId && loaded.has(id) ? 'main' : null;
								}
							}
						]
					}
				}
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]).flatMap((each) =>
		'output' in each ? each.output : []
	);
	const others = outputs.filter((file) => file.type !== 'chunk');
	const entry = outputs.find((file) => file.type === 'chunk' && file.isEntry);
	if (others.length || !entry || entry.type !== 'chunk' || entry.imports.length !== 1) {
		throw new Error(
			`${island.source} must build into an entry that imports one chunk, with only import()ed chunks beside them, not ${outputs.map((file) => file.fileName).join(', ')}`
		);
	}
	return outputs.map((file) => ({
		fileName: folder + file.fileName,
		code: file.type === 'chunk' ? file.code : ''
	}));
}

const islands: Plugin = {
	name: 'claimwise:islands',
	apply: 'build',
	async generateBundle() {
		if (this.environment.name !== 'client') return;
		for (const island of ISLANDS) {
			for (const { fileName, code } of await buildIsland(island)) {
				this.emitFile({ type: 'asset', name: fileName, fileName, source: code });
			}
		}
	}
};

export default defineConfig({
	plugins: [
		smallPreloadHelper,
		leanXStateSetup,
		leanKitRoot,
		routeTableCheck,
		islands,
		sveltekit()
	],
	build: {
		// SvelteKit preloads each page's modules itself.
		modulePreload: false,
		rolldownOptions: {
			// The build's own timings read like a warning to someone running `npm start`; they are not.
			checks: { bundlerTimings: false },
			output: {
				manualChunks: (id, { getModuleInfo }) =>
					inSharedChunk(id, getModuleInfo) ? 'shared' : null
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		// A guard against a test that hangs, not a speed limit: property tests of thousands of runs
		// take many times their usual seconds on a busy two-core machine (speed is measured by
		// `npm run bench` and `npm run bench:hostile`).
		testTimeout: 120_000,
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
