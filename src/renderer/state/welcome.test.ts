import { describe, expect, it, vi } from 'vitest';
import type { RecentWorkspace, WelcomeRequest, WelcomeState } from '../../api/desktop';
import { fail, ok, type Result } from '../../core/result';
import { createWelcome, lastOpenedText } from './welcome';

const study: RecentWorkspace = {
  path: '/w/study',
  name: 'Harbour study',
  openedAt: '2026-12-07T10:30:00.000Z',
  missing: false,
};
const gone: RecentWorkspace = { path: '/w/gone', name: 'gone', openedAt: null, missing: true };

/** The main process as the welcome window sees it: a recent list, and folders it can or cannot open. */
function mainDouble(recents: RecentWorkspace[], openable = new Set(['/w/study', '/w/picked'])) {
  const requests: WelcomeRequest[] = [];
  let list = [...recents];
  let picked: string | null = '/w/picked';
  const answer = (opened: string | null): Result<WelcomeState> => ok({ recents: list, opened });
  const ask = vi.fn(async (request: WelcomeRequest): Promise<Result<WelcomeState>> => {
    requests.push(request);
    switch (request.action) {
      case 'list':
        return answer(null);
      case 'forget':
        list = list.filter((recent) => recent.path !== request.path);
        return answer(null);
      case 'open':
        if (openable.has(request.path)) return answer(request.path);
        list = list.filter((recent) => recent.path !== request.path);
        return fail('cannot-open', `Collate could not open the workspace: ${request.path} is gone.`);
      case 'new':
      case 'choose':
        return answer(picked);
    }
  });
  return { ask, requests, cancelNextPick: () => void (picked = null) };
}

describe('the welcome window’s state', () => {
  it('lists the recent workspaces main knows, missing ones included', async () => {
    const main = mainDouble([study, gone]);
    const { store, actions } = createWelcome(main.ask);
    expect(store.get()).toMatchObject({ loaded: false, recents: [] });
    await actions.load();
    expect(store.get()).toMatchObject({ loaded: true, busy: false, problem: null, recents: [study, gone] });
  });

  it('removes a workspace from the list, saying so, and leaves the rest', async () => {
    const main = mainDouble([study, gone]);
    const { store, actions } = createWelcome(main.ask);
    await actions.load();
    await actions.forget('/w/gone');
    expect(main.requests.at(-1)).toEqual({ action: 'forget', path: '/w/gone' });
    expect(store.get().recents).toEqual([study]);
    expect(store.get().notice).toBe('Removed “gone” from the list.');
  });

  it('opens a recent workspace, and shows main’s reason when it cannot', async () => {
    const main = mainDouble([study, { ...study, path: '/w/moved', name: 'moved' }]);
    const { store, actions } = createWelcome(main.ask);
    await actions.load();
    await actions.open('/w/moved');
    expect(store.get()).toMatchObject({
      busy: false,
      opened: null,
      problem: 'Collate could not open the workspace: /w/moved is gone.',
      // Main took it off the list; the page shows the list main has now.
      recents: [study],
    });
    await actions.open('/w/study');
    expect(store.get()).toMatchObject({ opened: '/w/study', problem: null });
  });

  it('asks main for New and Open Workspace…, and stays when the dialog is cancelled', async () => {
    const main = mainDouble([]);
    const { store, actions } = createWelcome(main.ask);
    await actions.newWorkspace();
    expect(main.requests.at(-1)).toEqual({ action: 'new' });
    expect(store.get().opened).toBe('/w/picked');
    main.cancelNextPick();
    await actions.chooseWorkspace();
    expect(main.requests.at(-1)).toEqual({ action: 'choose' });
    expect(store.get()).toMatchObject({ opened: null, problem: null, busy: false });
  });

  it('sends one request at a time', async () => {
    const main = mainDouble([study]);
    const { actions } = createWelcome(main.ask);
    await Promise.all([actions.newWorkspace(), actions.chooseWorkspace(), actions.open('/w/study')]);
    expect(main.requests).toEqual([{ action: 'new' }]);
  });

  it('says when a workspace was last opened, or that it was not recorded', () => {
    const utc = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ');
    expect(lastOpenedText('2026-12-07T10:30:00.000Z', utc)).toBe('Last opened 2026-12-07 10:30');
    expect(lastOpenedText(null, utc)).toBe('Last opened: not recorded');
    expect(lastOpenedText('yesterday', utc)).toBe('Last opened: not recorded');
  });
});
