import { dirname, join } from 'node:path';
import {
  makeWorkspaceFolder,
  readWorkspaceBytes,
  readWorkspaceText,
  renameWorkspaceFile,
  workspaceFileTime,
  writeWorkspaceFile,
} from './workspace-fs';
import {
  makeWorkspaceFolderSync,
  readWorkspaceBytesSync,
  renameWorkspaceFileSync,
  writeWorkspaceFileSync,
} from './workspace-fs-sync';

/** Where a workspace keeps the last good versions of its files. */
export const BACKUP_DIR = join('.collate', 'backups');
const GENERATIONS = 3;

/** Relative to the workspace root, like every path given to workspace-fs. */
const backupPath = (file: string, generation: number): string => join(BACKUP_DIR, `${file}.${generation}`);

/** How long after a save its backup is taken: a burst of edits costs one backup, off the save's path. */
const BACKUP_DELAY_MS = 1000;
const pending = new Map<string, { root: string; file: string; timer: NodeJS.Timeout }>();

/** Backs a saved file up a moment later; saves made meanwhile share that backup. */
export function scheduleBackUp(root: string, file: string): void {
  const key = join(root, file);
  if (pending.has(key)) return;
  const timer = setTimeout(() => {
    pending.delete(key);
    void backUp(root, file);
  }, BACKUP_DELAY_MS);
  timer.unref();
  pending.set(key, { root, file, timer });
}

/** Takes every backup still waiting for a workspace now, before it is closed. */
export function flushBackups(root: string): void {
  for (const [key, entry] of pending) {
    if (entry.root !== root) continue;
    clearTimeout(entry.timer);
    pending.delete(key);
    try {
      const bytes = readWorkspaceBytesSync(root, entry.file);
      if (bytes === null) continue;
      makeWorkspaceFolderSync(root, dirname(backupPath(entry.file, 1)));
      for (let g = GENERATIONS - 1; g >= 1; g--)
        renameWorkspaceFileSync(root, backupPath(entry.file, g), backupPath(entry.file, g + 1));
      writeWorkspaceFileSync(root, backupPath(entry.file, 1), bytes);
    } catch {
      // A backup that fails never fails the close it belongs to.
    }
  }
}

/**
 * Shifts the older copies of a saved file back one generation and copies its content in as the
 * newest. Copies, not links, so a file damaged in place cannot damage its backup. A backup that
 * fails never fails the save that it follows.
 */
export async function backUp(root: string, file: string): Promise<void> {
  try {
    const bytes = await readWorkspaceBytes(root, file);
    if (bytes === null) return;
    await makeWorkspaceFolder(root, dirname(backupPath(file, 1)));
    for (let g = GENERATIONS - 1; g >= 1; g--) {
      await renameWorkspaceFile(root, backupPath(file, g), backupPath(file, g + 1)).catch(() => undefined);
    }
    await writeWorkspaceFile(root, backupPath(file, 1), bytes);
  } catch {
    // The save itself succeeded; the next one will try to back up again.
  }
}

export interface Backup<T> {
  data: T;
  text: string;
  savedAt: Date;
}

/** The newest backup of a file that still parses, or null. */
export async function newestGoodBackup<T>(
  root: string,
  file: string,
  parse: (text: string) => T,
): Promise<Backup<T> | null> {
  for (let g = 1; g <= GENERATIONS; g++) {
    const path = backupPath(file, g);
    try {
      const text = await readWorkspaceText(root, path);
      if (text === null) continue;
      return { data: parse(text), text, savedAt: await workspaceFileTime(root, path) };
    } catch {
      // Missing or damaged too: try the next older one.
    }
  }
  return null;
}
