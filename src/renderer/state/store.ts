import { useSyncExternalStore } from 'react';

export interface Store<S> {
  get(): S;
  set(update: (state: S) => S): void;
  subscribe(listener: () => void): () => void;
  /**
   * Until the next frame is painted, changes reach `get()` at once but not the listeners, who then
   * hear of them once: what was drawn directly (a new highlight) is painted before the window re-renders.
   */
  holdUntilPainted(): void;
}

/** Runs `then` after the next frame is painted, or after 100 ms in a window that paints none (hidden). */
export function afterNextPaint(then: () => void): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

export function createStore<S>(initial: S, later: (then: () => void) => void = afterNextPaint): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  let held = false;
  let owed = false;
  const notify = (): void => {
    owed = false;
    for (const listener of listeners) listener();
  };
  return {
    get: () => state,
    set(update) {
      const next = update(state);
      if (next === state) return;
      state = next;
      if (held) owed = true;
      else notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    holdUntilPainted() {
      if (held) return;
      held = true;
      later(() => {
        held = false;
        if (owed) notify();
      });
    },
  };
}

/** Reads a slice of the store; the selector must return a value kept by reference in the state. */
export function useStore<S, T>(store: Store<S>, select: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
