import { hostname } from 'node:os';
import { WorkspaceLockedElsewhere } from '../api/lock-gate';
import { CollateError } from '../core/collate-error';
import { LOCK_FILE } from './workspace-files';
import { createWorkspaceFileSync, readWorkspaceTextSync, removeWorkspaceFileSync } from './workspace-fs-sync';

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

function readOwner(root: string): LockOwner | null {
  try {
    const owner = JSON.parse(readWorkspaceTextSync(root, LOCK_FILE) ?? 'null') as LockOwner | null;
    return typeof owner?.pid === 'number' ? owner : null;
  } catch {
    return null;
  }
}

/**
 * One Collate process per workspace: a lock file holding the owner's pid. A lock left by a process
 * of this machine that died is taken over; a live owner refuses the second one with a message. A
 * lock from another machine cannot be checked (the workspace may be open there, on a shared
 * folder), so it is refused too unless `takeOver` says the user knowingly takes it over.
 */
export function acquireWorkspaceLock(root: string, { takeOver = false }: { takeOver?: boolean } = {}): () => void {
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      createWorkspaceFileSync(root, LOCK_FILE, JSON.stringify(me) + '\n');
      const release = (): void => {
        try {
          const owner = readOwner(root);
          if (owner?.pid === process.pid && owner.host === me.host) removeWorkspaceFileSync(root, LOCK_FILE);
        } catch {
          // Already gone: nothing to release.
        }
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if (error instanceof CollateError) throw error;
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new CollateError('lock-failed', `Could not lock the workspace ${root} (${LOCK_FILE}: ${code}).`);
      }
      const owner = readOwner(root);
      if (owner && owner.host !== me.host && !takeOver) {
        throw new WorkspaceLockedElsewhere(
          { path: root, host: owner.host, pid: owner.pid, since: String(owner.since) },
          `The workspace ${root} is locked by Collate on another computer (${owner.host}, pid ${owner.pid}, ` +
            `since ${owner.since}). If it is no longer open there, take the lock over: choose "Take over the ` +
            `lock" in the app, or run collate serve, import or reimport with --take-over-lock. Two computers ` +
            `editing at once lose edits.`,
        );
      }
      if (owner && owner.host === me.host && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new CollateError(
          'workspace-locked',
          `The workspace ${root} is already open in another Collate process (pid ${owner.pid}, since ${owner.since}). Close it there first.`,
        );
      }
      try {
        removeWorkspaceFileSync(root, LOCK_FILE);
      } catch {
        // Someone else removed the stale lock first; try again.
      }
    }
  }
  throw new CollateError('workspace-locked', `The workspace ${root} is being opened by another Collate process.`);
}
