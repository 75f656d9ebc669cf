import { getModules } from '$lib/server/modules';
import { moduleSummary } from '$lib/content/views';

export function load() {
	return {
		modules: getModules().map((module) => ({
			...moduleSummary(module),
			sectionCount: module.sections.length,
			claims: module.claims.map(({ id, label }) => ({ id, label }))
		}))
	};
}
