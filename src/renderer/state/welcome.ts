import type { RecentWorkspace, WelcomeRequest, WelcomeState } from '../../api/desktop';
import type { Result } from '../../core/result';
import { createStore, type Store } from './store';

/**
 * The welcome window's state: the recent workspaces, what is under way, and what went wrong. Every
 * change goes through the desktop bridge (main owns the list); tested on Node against a double.
 */
export interface WelcomeView {
  recents: readonly RecentWorkspace[];
  /** The list has been read once. */
  loaded: boolean;
  /** A request is under way: the buttons wait. */
  busy: boolean;
  /** The last request's refusal, in the main process's words. */
  problem: string | null;
  /** What the last removal did, for the status line. */
  notice: string | null;
  /** The workspace that opened; its window replaces this one. */
  opened: string | null;
}

export const INITIAL_WELCOME: WelcomeView = {
  recents: [],
  loaded: false,
  busy: false,
  problem: null,
  notice: null,
  opened: null,
};

export interface WelcomeActions {
  load(): Promise<void>;
  open(path: string): Promise<void>;
  forget(path: string): Promise<void>;
  newWorkspace(): Promise<void>;
  chooseWorkspace(): Promise<void>;
}

type Ask = (request: WelcomeRequest) => Promise<Result<WelcomeState>>;

export function createWelcome(
  ask: Ask,
  later?: (then: () => void) => void,
): {
  store: Store<WelcomeView>;
  actions: WelcomeActions;
} {
  const store = createStore(INITIAL_WELCOME, later);
  const run = async (request: WelcomeRequest, notice: (state: WelcomeState) => string | null): Promise<void> => {
    if (store.get().busy) return;
    store.set((view) => ({ ...view, busy: true, problem: null, notice: null }));
    const answer = await ask(request);
    // A workspace that would not open has left main's list: read it again, keeping the reason shown.
    const relisted = !answer.ok && request.action === 'open' ? await ask({ action: 'list' }) : null;
    if (relisted?.ok) store.set((view) => ({ ...view, recents: relisted.value.recents }));
    store.set((view) =>
      answer.ok
        ? {
            ...view,
            recents: answer.value.recents,
            loaded: true,
            busy: false,
            opened: answer.value.opened,
            notice: notice(answer.value),
          }
        : { ...view, busy: false, problem: answer.error.message },
    );
  };
  const nameOf = (path: string): string => store.get().recents.find((recent) => recent.path === path)?.name ?? path;
  return {
    store,
    actions: {
      load: () => run({ action: 'list' }, () => null),
      open: (path) => run({ action: 'open', path }, () => null),
      forget: (path) => {
        const name = nameOf(path);
        return run({ action: 'forget', path }, () => `Removed “${name}” from the list.`);
      },
      newWorkspace: () => run({ action: 'new' }, () => null),
      chooseWorkspace: () => run({ action: 'choose' }, () => null),
    },
  };
}

/** "Last opened …" in the reader's own words; said plainly when it was not recorded. */
export function lastOpenedText(
  openedAt: string | null,
  format: (date: Date) => string = (date) =>
    date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
): string {
  if (!openedAt) return 'Last opened: not recorded';
  const date = new Date(openedAt);
  return Number.isNaN(date.getTime()) ? 'Last opened: not recorded' : `Last opened ${format(date)}`;
}
