import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where a workspace keeps the last good versions of its files. */
export const BACKUP_DIR = join('.collate', 'backups');
const GENERATIONS = 3;

const backupPath = (root: string, file: string, generation: number): string => join(root, BACKUP_DIR, `${file}.${generation}`);

/**
 * After a file was saved: shifts the older copies back one generation and copies the new content in
 * as the newest. Copies, not links, so a file damaged in place cannot damage its backup. A backup
 * that fails never fails the save that it follows.
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
