import { getModules } from '$lib/server/modules';
import { teachPageData } from '$lib/content/page-data';

export function load() {
	return teachPageData(getModules());
}
