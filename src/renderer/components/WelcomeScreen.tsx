import { useEffect, useRef, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { RecentWorkspace } from '../../api/desktop';
import type { Store } from '../state/store';
import { lastOpenedText, type WelcomeActions, type WelcomeView } from '../state/welcome';

interface Props {
  readonly store: Store<WelcomeView>;
  readonly actions: WelcomeActions;
}

/** ↑/↓, Home and End move between the recent workspaces' buttons (Tab still reaches every button). */
function moveInList(event: KeyboardEvent<HTMLUListElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLLIElement>(':scope > li')];
  const row = rows.findIndex((item) => item.contains(document.activeElement));
  if (row < 0) return;
  event.preventDefault();
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? rows.length - 1
        : Math.min(rows.length - 1, Math.max(0, row + (event.key === 'ArrowDown' ? 1 : -1)));
  rows[next]?.querySelector<HTMLButtonElement>('button')?.focus();
}

function RecentRow({ recent, busy, actions }: { recent: RecentWorkspace; busy: boolean; actions: WelcomeActions }) {
  const id = `welcome-recent-${encodeURIComponent(recent.path).replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const details = (
    <>
      <span className="welcome-recent-name">{recent.name}</span>
      <span className="welcome-recent-path" id={`${id}-path`} title={recent.path}>
        {recent.path}
      </span>
      <span className="welcome-recent-time" id={`${id}-time`}>
        {recent.missing ? 'Missing: moved or deleted' : lastOpenedText(recent.openedAt)}
      </span>
    </>
  );
  return (
    <li className={recent.missing ? 'welcome-recent is-missing' : 'welcome-recent'}>
      {recent.missing ? (
        <div className="welcome-recent-open" aria-describedby={`${id}-path ${id}-time`}>
          {details}
        </div>
      ) : (
        <button
          type="button"
          className="welcome-recent-open"
          aria-label={`Open ${recent.name}`}
          aria-describedby={`${id}-path ${id}-time`}
          disabled={busy}
          onClick={() => void actions.open(recent.path)}
        >
          {details}
        </button>
      )}
      <button
        type="button"
        className="button welcome-remove"
        aria-label={`Remove ${recent.name} from the list`}
        disabled={busy}
        onClick={() => void actions.forget(recent.path)}
      >
        Remove
      </button>
    </li>
  );
}

/**
 * The desktop app's welcome window (a launch that names no workspace, File › New Window): the recent
 * workspaces, missing ones marked and removable, and New / Open Workspace…, all by keyboard.
 */
export function WelcomeScreen({ store, actions }: Props) {
  const view = useSyncExternalStore(store.subscribe, store.get);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => void actions.load(), [actions]);
  const firstShown = view.loaded;
  useEffect(() => {
    // The newest workspace that is still there has the focus: Enter reopens it.
    if (firstShown) list.current?.querySelector<HTMLButtonElement>('button.welcome-recent-open')?.focus();
  }, [firstShown]);
  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Collate</h1>
      <p className="welcome-lead">Compare news articles claim by claim. Start a workspace, or open one.</p>
      <div className="welcome-start" role="group" aria-label="Start">
        <button
          type="button"
          className="button primary"
          disabled={view.busy}
          onClick={() => void actions.newWorkspace()}
        >
          New Workspace…
        </button>
        <button type="button" className="button" disabled={view.busy} onClick={() => void actions.chooseWorkspace()}>
          Open Workspace…
        </button>
      </div>
      {view.problem && (
        <p className="welcome-problem" role="alert">
          {view.problem}
        </p>
      )}
      <section className="welcome-recents" aria-labelledby="welcome-recents-title">
        <h2 id="welcome-recents-title">Recent workspaces</h2>
        {view.loaded && view.recents.length === 0 ? (
          <p className="welcome-empty">None yet: a workspace you open or create is listed here.</p>
        ) : (
          <ul ref={list} aria-labelledby="welcome-recents-title" onKeyDown={moveInList}>
            {view.recents.map((recent) => (
              <RecentRow key={recent.path} recent={recent} busy={view.busy} actions={actions} />
            ))}
          </ul>
        )}
      </section>
      <p className="welcome-notice" role="status" aria-label="Welcome notice">
        {view.notice ?? (view.opened ? 'Opening the workspace…' : '')}
      </p>
    </main>
  );
}
