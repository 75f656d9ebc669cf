import { getModules } from '$lib/server/modules';
import { claimsInQuiz } from '$lib/quiz/grading';

export function load() {
	return {
		modules: getModules().map((module) => ({
			id: module.id,
			title: module.title,
			version: module.version,
			sections: module.sections.map((section) => {
				const claims = module.claims.filter((claim) => claim.section === section.id);
				return {
					id: section.id,
					title: section.title,
					twoWay: claimsInQuiz(claims, 'two-way').length,
					threeWay: claims.length
				};
			})
		}))
	};
}
