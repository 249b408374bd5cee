import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ANNOTATIONS_DIR, DOCUMENTS_DIR } from './workspace-files';

/** A save cut short by a crash leaves its temporary file behind; the real file is intact. */
export function removeInterruptedWrites(root: string): void {
  for (const dir of ['.', DOCUMENTS_DIR, ANNOTATIONS_DIR]) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.startsWith('.') && n.endsWith('.json.tmp'))) {
      rmSync(join(root, dir, name), { force: true });
    }
  }
}

/** The `.json` files of a workspace folder, sorted; none when the folder is missing. */
export function listJson(root: string, dir: string): string[] {
  try {
    return readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}
