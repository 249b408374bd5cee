import { copyFileSync, mkdirSync, renameSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where a workspace keeps the last good versions of its files. */
export const BACKUP_DIR = join('.collate', 'backups');
const GENERATIONS = 3;

const backupPath = (root: string, file: string, generation: number): string => join(root, BACKUP_DIR, `${file}.${generation}`);

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
      mkdirSync(dirname(backupPath(root, entry.file, 1)), { recursive: true });
      for (let g = GENERATIONS - 1; g >= 1; g--) {
        try {
          renameSync(backupPath(root, entry.file, g), backupPath(root, entry.file, g + 1));
        } catch {
          // No such generation yet.
        }
      }
      copyFileSync(join(root, entry.file), backupPath(root, entry.file, 1));
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
    await mkdir(dirname(backupPath(root, file, 1)), { recursive: true });
    for (let g = GENERATIONS - 1; g >= 1; g--) {
      await rename(backupPath(root, file, g), backupPath(root, file, g + 1)).catch(() => undefined);
    }
    await copyFile(join(root, file), backupPath(root, file, 1));
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
export async function newestGoodBackup<T>(root: string, file: string, parse: (text: string) => T): Promise<Backup<T> | null> {
  for (let g = 1; g <= GENERATIONS; g++) {
    const path = backupPath(root, file, g);
    try {
      const text = await readFile(path, 'utf8');
      return { data: parse(text), text, savedAt: (await stat(path)).mtime };
    } catch {
      // Missing or damaged too: try the next older one.
    }
  }
  return null;
}
