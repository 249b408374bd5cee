import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
