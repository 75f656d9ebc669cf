// A sample assignment for tests: the warm-up's first section, practice mode, no due date.
import type { Assignment } from './assignment';

export const warmUpAssignment: Assignment = {
	code: 'K7P2QX',
	moduleId: 'signal-words',
	contentVersion: 1,
	sections: ['the-news'],
	sorting: 'two-way',
	mode: 'practice',
	passMark: null,
	title: 'Homework',
	instructions: '',
	due: null
};
