import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CollateError } from '../core/collate-error';
import { LOCK_FILE } from './workspace-files';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' ? owner : null;
  } catch {
    return null;
  }
}

/**
 * One Collate process per workspace: a lock file holding the owner's pid. A lock left by a process
 * that died is taken over; a live owner on this machine refuses the second one with a message.
 */
export function acquireWorkspaceLock(root: string): () => void {
  const path = join(root, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(me) + '\n', { flag: 'wx' });
      const release = (): void => {
        try {
          if (readOwner(path)?.pid === process.pid) unlinkSync(path);
        } catch {
          // Already gone: nothing to release.
        }
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new CollateError('lock-failed', `Could not lock the workspace ${root} (${LOCK_FILE}: ${code}).`);
      }
      const owner = readOwner(path);
      if (owner && owner.host === me.host && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new CollateError(
          'workspace-locked',
          `The workspace ${root} is already open in another Collate process (pid ${owner.pid}, since ${owner.since}). Close it there first.`,
        );
      }
      try {
        unlinkSync(path);
      } catch {
        // Someone else removed the stale lock first; try again.
      }
    }
  }
  throw new CollateError('workspace-locked', `The workspace ${root} is being opened by another Collate process.`);
}
