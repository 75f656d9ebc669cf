import { createSubscriber } from 'svelte/reactivity';
import type { Actor, AnyStateMachine, EventFrom, SnapshotFrom } from 'xstate';

/** Exposes an actor to Svelte: reading `snapshot` in a template or $derived re-runs on change. */
export class ActorState<TMachine extends AnyStateMachine> {
	readonly #actor: Actor<TMachine>;
	readonly #subscribe: () => void;

	constructor(actor: Actor<TMachine>) {
		this.#actor = actor;
		this.#subscribe = createSubscriber((update) => {
			const subscription = actor.subscribe(update);
			return () => subscription.unsubscribe();
		});
	}

	get snapshot(): SnapshotFrom<TMachine> {
		this.#subscribe();
		return this.#actor.getSnapshot();
	}

	send = (event: EventFrom<TMachine>) => {
		this.#actor.send(event);
	};
}
