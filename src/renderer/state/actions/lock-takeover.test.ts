import { describe, expect, it } from 'vitest';
import { createActionContext } from './action-context';
import { fakeService } from './fake-service';
import { createLockTakeoverActions } from './lock-takeover';
import { initialState, type AppState } from '../app-state';
import { createStore } from '../store';

const HOLDER = { path: '/work/study', host: 'laptop-of-bea', pid: 4242, since: '2026-01-02T03:04:05Z' };
const LOCKED = {
  code: 'workspace-locked-elsewhere',
  message: 'The workspace /work/study is locked by Collate on another computer.',
};

function setUp(takeOver: () => unknown = () => ({ name: 'study' })) {
  const service = fakeService({ lockHolder: () => HOLDER, takeOverLock: takeOver });
  const store = createStore<AppState>({ ...initialState }, (then) => then());
  return { service, store, lock: createLockTakeoverActions(createActionContext(service.api, store)) };
}

describe('a workspace locked by another computer', () => {
  it('shows who holds the lock instead of a start-up problem', async () => {
    const { store, lock } = setUp();
    await lock.showStartupFailure(LOCKED);
    expect(store.get()).toMatchObject({ foreignLock: HOLDER, startupProblem: null });
  });

  it('shows any other failure as a start-up problem', async () => {
    const { store, lock } = setUp();
    await lock.showStartupFailure({ code: 'corrupt-file', message: 'workspace.json is damaged.' });
    expect(store.get()).toMatchObject({ foreignLock: null, startupProblem: 'workspace.json is damaged.' });
  });

  it('takes the lock over when asked, and says so when that fails', async () => {
    const { store, lock, service } = setUp();
    await lock.showStartupFailure(LOCKED);
    expect(await lock.takeOverLock()).toBe(true);
    expect(service.calls).toContain('takeOverLock');
    expect(store.get().foreignLock).toBeNull();

    const refused = setUp();
    await refused.lock.showStartupFailure(LOCKED);
    refused.service.refuse('takeOverLock', 'The workspace is already open in another Collate process (pid 7).');
    expect(await refused.lock.takeOverLock()).toBe(false);
    expect(refused.store.get()).toMatchObject({ foreignLock: null, startupProblem: expect.stringMatching(/pid 7/) });
  });

  it('leaves the lock alone on Cancel and says nothing was changed', async () => {
    const { store, lock, service } = setUp();
    await lock.showStartupFailure(LOCKED);
    lock.declineLockTakeover();
    expect(service.calls).not.toContain('takeOverLock');
    expect(store.get()).toMatchObject({
      foreignLock: null,
      startupProblem: expect.stringMatching(/Nothing was changed.*laptop-of-bea/),
    });
  });
});
