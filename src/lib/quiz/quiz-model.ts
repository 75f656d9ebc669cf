import { createMachine } from 'xstate';
import { quizMachine } from './quiz-machine';

/**
 * The quiz machine as model-based tests walk it (`createTestModel` from `xstate/graph`): the same
 * states, transitions, guards and actions, without the actor the quiz invokes to hear other tabs'
 * saves, which `createTestModel` refuses. That actor only sends `answers.synced`, an event a model
 * sends itself. The site never loads this file.
 */
export const quizModelMachine = createMachine(
	{ ...quizMachine.config, invoke: undefined },
	quizMachine.implementations
) as unknown as typeof quizMachine;
