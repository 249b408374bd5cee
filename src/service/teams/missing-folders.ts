import { ANNOTATIONS_DIR, DOCUMENTS_DIR } from '../workspace-files';
import { listWorkspaceFolder, makeWorkspaceFolder } from '../workspace-fs';

/** Git keeps no empty folders: a clone may lack `documents/` or `annotations/`, so they are made on open. */
export async function recreateMissingFolders(root: string): Promise<void> {
  for (const folder of [DOCUMENTS_DIR, ANNOTATIONS_DIR]) {
    if ((await listWorkspaceFolder(root, folder)) === null) await makeWorkspaceFolder(root, folder);
  }
}
