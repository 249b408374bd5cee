import { readFile, writeFile } from 'node:fs/promises';
import { CollateError } from '../../core/collate-error';
import { mergeWorkspaceFile } from '../../core/merge/merge-workspace-file';
import { stableStringify } from '../stable-json';

async function readJson(path: string, allowEmpty: boolean): Promise<unknown> {
  const text = (await readFile(path)).toString('utf8');
  if (allowEmpty && text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CollateError('not-mergeable', `${path} is not valid JSON, so it cannot be merged record by record.`);
  }
}

/**
 * Git's merge driver (`%O %A %B`): the paths are git's temporary copies, not workspace files. Writes the
 * merge into `ours` and returns the conflicts kept as data; throws (leaving `ours` as it was) when
 * no valid file can be made, so git reports a conflict.
 */
export async function mergeFile(base: string, ours: string, theirs: string): Promise<string[]> {
  const [b, o, t] = [await readJson(base, true), await readJson(ours, false), await readJson(theirs, false)];
  const merged = mergeWorkspaceFile(b, o, t);
  if (!merged.ok) throw new CollateError(merged.error.code, `Could not merge ${ours}: ${merged.error.message}.`);
  await writeFile(ours, stableStringify(merged.value.value));
  return merged.value.conflicts;
}
