// The script of an added module's section page (`+page.svelte` here), built on its own: it reads
// the module from this browser and shows the section with the built-in section page's component.
// Without SvelteKit's client, devalue and the route table, the page loads about 13 KB less.
import { mount } from 'svelte';
import type { AddedModulesReader } from '$lib/content/added-modules-reader.svelte';
import SectionPage from '../../modules/[module]/[section]/+page.svelte';
import AddedModulePage from '../AddedModulePage.svelte';
import { openAdded, type ModulePage } from '../open-added';
import { view } from './view-section';

const target = document.getElementById('added-module-page');
if (target) {
	const builtInIds = (target.dataset.builtInIds ?? '').split(' ').filter(Boolean);
	const component = SectionPage as unknown as ModulePage;
	// The prerendered words give way to the section, or to what is wrong.
	target.replaceChildren();
	mount(AddedModulePage, {
		target,
		props: {
			open: (added: AddedModulesReader | null) =>
				openAdded(location.search, builtInIds, added, async () => ({ view, component }))
		}
	});
}
