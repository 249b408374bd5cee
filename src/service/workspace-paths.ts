import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CollateError } from '../core/collate-error';
import { MANIFEST_FILE } from './workspace-files';

/** Resolves a workspace folder, or says why it is not one. */
export function resolveWorkspace(dir: string): string {
  const root = resolve(dir);
  if (!existsSync(root))
    throw new CollateError(
      'no-workspace',
      `There is no folder at ${root}. Create a workspace with "collate init ${dir}".`,
    );
  if (!statSync(root).isDirectory())
    throw new CollateError('no-workspace', `${root} is a file, not a workspace folder.`);
  if (!existsSync(join(root, MANIFEST_FILE))) {
    throw new CollateError(
      'not-a-workspace',
      `${root} is not a Collate workspace (it has no ${MANIFEST_FILE}). Create one with "collate init ${dir}".`,
    );
  }
  return root;
}
