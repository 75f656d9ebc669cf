import { getModules } from '$lib/server/modules';
import { homePageData } from '$lib/content/page-data';

export function load() {
	return homePageData(getModules());
}
