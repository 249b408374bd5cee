import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CollateError } from '../core/collate-error';
import { defaultSchema } from '../core/default-schema';
import { describeWriteError } from './file-errors';
import { JsonStore } from './json-store';
import { flushBackups } from './rolling-backup';
import { makeWorkspaceFolderSync } from './workspace-fs-sync';
import { manifestKind, relationsKind } from './store-kinds';
import { ANNOTATIONS_DIR, DOCUMENTS_DIR, MANIFEST_FILE, RELATIONS_FILE } from './workspace-files';

/** Creates an empty workspace in a new or empty folder; refuses a folder that holds anything else. */
export async function initWorkspace(dir: string, now = new Date()): Promise<string> {
  const root = resolve(dir);
  if (existsSync(root)) {
    if (!statSync(root).isDirectory()) throw new CollateError('init-failed', `${root} is a file, not a folder.`);
    if (existsSync(join(root, MANIFEST_FILE)))
      throw new CollateError('init-failed', `${root} is already a Collate workspace.`);
    if (readdirSync(root).length > 0) {
      throw new CollateError('init-failed', `${root} is not empty; create the workspace in a new or empty folder.`);
    }
  }
  try {
    mkdirSync(root, { recursive: true });
    makeWorkspaceFolderSync(root, DOCUMENTS_DIR);
    makeWorkspaceFolderSync(root, ANNOTATIONS_DIR);
  } catch (error) {
    throw describeWriteError(root, error);
  }
  await JsonStore.create(root, RELATIONS_FILE, relationsKind, { relations: [], claimGroups: [] });
  // The manifest goes last: a folder is a workspace only once everything else is in place.
  await JsonStore.create(root, MANIFEST_FILE, manifestKind, {
    name: basename(root),
    created: now.toISOString(),
    schema: defaultSchema,
  });
  flushBackups(root);
  return root;
}
