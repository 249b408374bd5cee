import type { ActionContext } from './action-context';

const SEEN_KEY = 'collate.tourSeen';

/** The steps of the first-run tour: the three core moves. */
export const TOUR_STEPS = 3;

/** The first-run tour: shown once per user (remembered in local storage), reopened from More or the shortcut sheet. */
export function createTourActions({ store }: ActionContext) {
  function seen(): boolean {
    try {
      return localStorage.getItem(SEEN_KEY) === '1';
    } catch {
      return true;
    }
  }

  return {
    /** Shows the tour unless this user has seen it. */
    startTourOnFirstRun(): void {
      if (!seen()) store.set((s) => ({ ...s, tourStep: 0 }));
    },

    showTour(): void {
      store.set((s) => ({ ...s, tourStep: 0, dialog: null }));
    },

    tourStep(step: number): void {
      store.set((s) => ({ ...s, tourStep: Math.max(0, Math.min(TOUR_STEPS - 1, step)) }));
    },

    /** Closes the tour (skipped or done): it is not shown again by itself. */
    closeTour(): void {
      store.set((s) => ({ ...s, tourStep: null }));
      try {
        localStorage.setItem(SEEN_KEY, '1');
      } catch {
        // Without storage the tour shows again next time.
      }
    },
  };
}
