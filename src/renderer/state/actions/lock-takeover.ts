import type { Failure } from '../../../core/result';
import type { ActionContext } from './action-context';

/**
 * A workspace whose lock another computer holds: the page says who holds it and asks (see
 * ForeignLockPrompt). Taking it over retries the opening with the lock taken over; declining leaves
 * the workspace and its lock as they are.
 */
export function createLockTakeoverActions({ api, store }: ActionContext) {
  return {
    /** Shows why the workspace did not open: the lock prompt when another computer holds the lock. */
    async showStartupFailure(error: Failure): Promise<void> {
      if (error.code === 'workspace-locked-elsewhere') {
        const holder = await api.lockHolder({});
        if (holder.ok) return store.set((s) => ({ ...s, foreignLock: holder.value, startupProblem: null }));
      }
      store.set((s) => ({ ...s, startupProblem: error.message }));
    },

    /** Takes the lock over; true once the workspace is open (the caller then loads it). */
    async takeOverLock(): Promise<boolean> {
      const taken = await api.takeOverLock({});
      store.set((s) => ({ ...s, foreignLock: null, startupProblem: taken.ok ? null : taken.error.message }));
      return taken.ok;
    },

    declineLockTakeover(): void {
      const holder = store.get().foreignLock;
      if (!holder) return;
      store.set((s) => ({
        ...s,
        foreignLock: null,
        startupProblem:
          `Nothing was changed: the workspace ${holder.path} and its lock were left to ${holder.host}. ` +
          'Close this window, or reload it to decide again.',
      }));
    },
  };
}
