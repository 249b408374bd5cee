import type { CollateApi } from '../../../api/client';
import type { Result } from '../../../core/result';
import type { AppState } from '../app-state';
import type { Store } from '../store';
import { UndoStack } from '../undo-stack';

const MAX_ALERTS = 5;

/** What every feature's actions share: the service, the state, alerts, the save status and the undo stack. */
export interface ActionContext {
  readonly api: CollateApi;
  readonly store: Store<AppState>;
  readonly history: UndoStack;
  /** Shows a message in the alert list (the last few are kept). */
  alert(message: string): void;
  /** Runs one write, keeping the save status honest. */
  write<T>(call: () => Promise<Result<T>>): Promise<Result<T>>;
  /** A write whose failure the user is told about; the value, or null. */
  must<T>(what: string, call: () => Promise<Result<T>>): Promise<T | null>;
}

export function createActionContext(api: CollateApi, store: Store<AppState>): ActionContext {
  let alertCounter = 0;
  // The same message again replaces the earlier one (moved to the end) rather than piling up.
  const alert = (message: string): void =>
    store.set((s) => ({
      ...s,
      alerts: [...s.alerts.filter((a) => a.message !== message), { id: ++alertCounter, message }].slice(-MAX_ALERTS),
    }));

  async function write<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
    store.set((s) => ({ ...s, pendingWrites: s.pendingWrites + 1 }));
    const result = await call();
    store.set((s) => ({
      ...s,
      pendingWrites: s.pendingWrites - 1,
      saveError: result.ok ? (s.pendingWrites > 1 ? s.saveError : null) : result.error.message,
    }));
    return result;
  }

  async function must<T>(what: string, call: () => Promise<Result<T>>): Promise<T | null> {
    const result = await write(call);
    if (result.ok) return result.value;
    alert(`${what}: ${result.error.message}`);
    return null;
  }

  const history = new UndoStack((undo) => store.set((s) => ({ ...s, undo })));
  return { api, store, history, alert, write, must };
}
