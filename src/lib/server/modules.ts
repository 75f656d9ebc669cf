import { error } from '@sveltejs/kit';
import { validateModule } from '$lib/content/validate-module';
import type { ModuleContent } from '$lib/content/schema';

const files = import.meta.glob<unknown>('/src/lib/content/modules/*.json', {
	eager: true,
	import: 'default'
});

/**
 * Validates every module file and returns them in home-page order. Throws one error listing
 * every problem, each with its file, so a malformed module fails the build.
 */
export function loadModules(sources: Record<string, unknown> = files): ModuleContent[] {
	const modules: ModuleContent[] = [];
	const problems: string[] = [];
	for (const [path, data] of Object.entries(sources)) {
		const fileId = path
			.split('/')
			.at(-1)!
			.replace(/\.json$/, '');
		const result = validateModule(data, fileId);
		if (result.ok) modules.push(result.module);
		else problems.push(...result.problems.map((problem) => `${path}: ${problem}`));
	}
	if (problems.length) {
		throw new Error(`Module content is malformed:\n  ${problems.join('\n  ')}`);
	}
	return modules.sort(
		(a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.title.localeCompare(b.title)
	);
}

let cache: ModuleContent[] | undefined;

/** All modules, validated once per build. */
export function getModules(): ModuleContent[] {
	cache ??= loadModules();
	return cache;
}

/** One module by id, or undefined. */
export function findModule(id: string): ModuleContent | undefined {
	return getModules().find((module) => module.id === id);
}

/** One module by id, or a 404 page that says so. */
export function moduleOr404(id: string): ModuleContent {
	const module = findModule(id);
	if (!module) error(404, 'There is no module with that name.');
	return module;
}

/** The prerender entries of a route with one page per module. */
export function moduleEntries() {
	return getModules().map((module) => ({ module: module.id }));
}
