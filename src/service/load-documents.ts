import { join } from 'node:path';
import { ANNOTATIONS_DIR, DOCUMENTS_DIR } from './workspace-files';
import { listWorkspaceFolder, removeWorkspaceFile } from './workspace-fs';

/** A save cut short by a crash leaves its temporary file behind; the real file is intact. */
export async function removeInterruptedWrites(root: string): Promise<void> {
  for (const dir of ['.', DOCUMENTS_DIR, ANNOTATIONS_DIR]) {
    const names = await listWorkspaceFolder(root, dir).catch(() => null);
    for (const name of (names ?? []).filter((n) => n.startsWith('.') && n.endsWith('.json.tmp'))) {
      await removeWorkspaceFile(root, join(dir, name));
    }
  }
}
