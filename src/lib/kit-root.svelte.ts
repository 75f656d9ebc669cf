import { hydrate, mount, type Component } from 'svelte';

type RootProps = Record<string, unknown>;

/**
 * Takes SvelteKit's root component (`.svelte-kit/generated/root.svelte`) and returns it as the
 * class its client creates and updates: `new KitRoot({ target, props, hydrate, transformError })`,
 * then `$set(props)` with the props that changed. SvelteKit wraps the root in Svelte 4's class-component layer (`asClassComponent`
 * from `svelte/legacy`: 542 bytes gzip on every page, for `$on`, accessors and per-prop signals it
 * does not use); `vite.config.ts` puts this in its place. `$set` replaces the props whole, so each
 * navigation re-reads every prop: the root reads a handful. Source: @sveltejs/kit
 * src/core/sync/write_root.js and src/runtime/client/client.js (`new app.root`, `root.$set`),
 * version 2.70; svelte/src/legacy/legacy-client.js.
 */
export const leanRoot = (Root: Component<RootProps>) =>
	class KitRoot {
		#props: RootProps = $state.raw({});

		constructor(options: {
			target: Element;
			props: RootProps;
			hydrate?: boolean;
			transformError?: (error: unknown) => unknown;
		}) {
			this.#props = options.props;
			const props = new Proxy(
				{},
				{
					get: (_, key: string) => this.#props[key],
					has: (_, key: string) => key in this.#props
				}
			);
			(options.hydrate ? hydrate : mount)(Root, {
				target: options.target,
				props,
				transformError: options.transformError
			} as Parameters<typeof mount>[1]);
		}

		/** Takes the props that changed (navigation, a form's result). */
		$set(next: RootProps) {
			this.#props = { ...this.#props, ...next };
		}
	};
