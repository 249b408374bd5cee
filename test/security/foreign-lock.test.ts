import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatch';
import { WorkspaceGate } from '../../src/api/lock-gate';
import { initWorkspace } from '../../src/service/init-workspace';
import { tempFolder } from '../../src/service/test-workspace';
import { WorkspaceService } from '../../src/service/workspace-service';

// Issue #16, item 8: a lock left by Collate on another computer is not taken over silently.

let folder: ReturnType<typeof tempFolder>;
let root: string;

beforeEach(async () => {
  folder = tempFolder();
  root = join(folder.path, 'ws');
  await initWorkspace(root);
  writeFileSync(
    join(root, '.collate.lock'),
    JSON.stringify({ pid: 4242, host: 'laptop-of-bea', since: '2026-01-02T03:04:05Z' }),
  );
});
afterEach(() => folder.cleanup());

describe('a lock from another computer', () => {
  it('is refused with a message that names the computer and how to take it over', async () => {
    await expect(WorkspaceService.open(root)).rejects.toThrow(
      /locked by Collate on another computer \(laptop-of-bea.*--take-over-lock/s,
    );
    expect(JSON.parse(readFileSync(join(root, '.collate.lock'), 'utf8')).host).toBe('laptop-of-bea');
  });

  it('is taken over when the user asks to', async () => {
    const service = await WorkspaceService.open(root, { takeOverLock: true });
    expect(JSON.parse(readFileSync(join(root, '.collate.lock'), 'utf8')).pid).toBe(process.pid);
    service.close();
  });

  it('does not stop a read-only export', async () => {
    (await WorkspaceService.open(root, { readOnly: true })).close();
  });
});

describe('a shell opening a workspace locked by another computer', () => {
  const openGate = () => WorkspaceGate.open((takeOverLock) => WorkspaceService.open(root, { takeOverLock }));

  it("waits, answering every method with the lock's message and saying who holds it, without touching the lock", async () => {
    const gate = await openGate();
    expect(gate.workspace).toBeNull();
    expect(await dispatch(gate.handlers, 'listDocuments', {})).toMatchObject({
      ok: false,
      error: { code: 'workspace-locked-elsewhere', message: expect.stringMatching(/laptop-of-bea/) },
    });
    expect(await dispatch(gate.handlers, 'lockHolder', {})).toEqual({
      ok: true,
      value: { path: root, host: 'laptop-of-bea', pid: 4242, since: '2026-01-02T03:04:05Z' },
    });
    expect(JSON.parse(readFileSync(join(root, '.collate.lock'), 'utf8')).host).toBe('laptop-of-bea');
  });

  it('takes the lock over when the page asks, then serves the workspace', async () => {
    const gate = await openGate();
    expect(await dispatch(gate.handlers, 'takeOverLock', {})).toMatchObject({ ok: true, value: { path: root } });
    expect(JSON.parse(readFileSync(join(root, '.collate.lock'), 'utf8')).pid).toBe(process.pid);
    expect(await dispatch(gate.handlers, 'listDocuments', {})).toEqual({ ok: true, value: [] });
    expect(await dispatch(gate.handlers, 'lockHolder', {})).toMatchObject({ ok: false, error: { code: 'not-locked' } });
    gate.workspace?.close();
  });

  it('opens at once when the lock is not held elsewhere', async () => {
    writeFileSync(join(root, '.collate.lock'), JSON.stringify({ pid: 999_999_999, host: hostname(), since: 'x' }));
    const gate = await openGate();
    expect(gate.workspace).not.toBeNull();
    gate.workspace?.close();
  });
});
