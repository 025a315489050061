/**
 * The one place the viewer's state changes: `dispatch(event)` runs the pure reducer (state.ts),
 * then tells every subscriber the new state, the event and the state before it, in the order they
 * subscribed. Controllers subscribe to redraw what they own. An event dispatched by a subscriber
 * waits until every subscriber has seen the current one, so all see the events in one order.
 */
import { reduce, type ViewerEvent, type ViewerState } from "./state.js";

export type Listener = (state: ViewerState, event: ViewerEvent, previous: ViewerState) => void;

export interface ViewerStore {
  get(): ViewerState;
  dispatch(event: ViewerEvent): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewerState): ViewerStore {
  let state = initial;
  const listeners = new Set<Listener>();
  const queue: ViewerEvent[] = [];
  let dispatching = false;
  return {
    get: () => state,
    dispatch(event) {
      queue.push(event);
      if (dispatching) return;
      dispatching = true;
      try {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          const previous = state;
          state = reduce(state, next);
          for (const listener of listeners) listener(state, next, previous);
        }
      } catch (error) {
        queue.length = 0;
        throw error;
      } finally {
        dispatching = false;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
