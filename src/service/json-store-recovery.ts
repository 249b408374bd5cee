import type { z } from 'zod';
import { CollateError } from '../core/collate-error';
import { describeReadError } from './file-errors';
import { applyOps, journalFile, parseJournal } from './journal';
import { newestGoodBackup } from './rolling-backup';
import { parseEnvelope, validate, type StoreKind, type Stored } from './store-envelope';
import { readWorkspaceText, renameWorkspaceFile, writeWorkspaceFile } from './workspace-fs';

/** How a store's file and journal are read back, and repaired by their owner: see JsonStore.open. */

/** Problems a backup can repair; a file from a newer Collate is not damaged and is left alone. */
export const DAMAGE = ['corrupt-file', 'foreign-file'];

export async function restoreBackup<S extends z.ZodType>(
  root: string,
  file: string,
  kind: StoreKind<S>,
  problem: CollateError,
): Promise<{ stored: Stored<z.output<S>>; message: string } | null> {
  const backup = await newestGoodBackup(root, file, (text) => parseEnvelope(file, text, kind));
  if (!backup) return null;
  const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    await renameWorkspaceFile(root, file, aside);
    await writeWorkspaceFile(root, file, backup.text);
  } catch {
    return null;
  }
  const reason = problem.message.replace(/; it was left untouched\.$/, '');
  return {
    stored: backup.data,
    message: `${reason}. It was moved to ${aside}, and its last good version (saved ${backup.savedAt.toISOString()}) was restored.`,
  };
}

export async function readJournalText(root: string, file: string): Promise<string | null> {
  try {
    return await readWorkspaceText(root, journalFile(file));
  } catch (error) {
    throw describeReadError(journalFile(file), error);
  }
}

export const lastSeq = (text: string | null): number =>
  text === null ? 0 : Math.max(0, ...parseJournal(text).entries.map((e) => e.seq));

/**
 * The file's content with its journal's newer entries applied. A journal that is damaged, or does
 * not continue this file (a gap in the numbering, a change that does not fit), keeps the entries
 * before the problem; its owner sets it aside with a message, anyone else is refused.
 */
export async function replayJournal<T>(
  root: string,
  file: string,
  kind: StoreKind<z.ZodType>,
  base: Stored<T>,
  recovery?: { onRecovered: (message: string) => void },
): Promise<{ stored: Stored<T>; journal?: { goodLength: number } }> {
  const text = await readJournalText(root, file);
  if (text === null) return { stored: base };
  const { stored, problem, goodLength } = applyJournal(text, file, kind, base);
  if (!problem) return { stored, journal: { goodLength } };
  const journalName = journalFile(file);
  if (!recovery) throw new CollateError('corrupt-file', `${journalName} ${problem}; it was left untouched.`);
  const aside = `${journalName}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await renameWorkspaceFile(root, journalName, aside);
  recovery.onRecovered(
    `${journalName} ${problem}. The edits before the problem were kept, and the journal was moved to ${aside}.`,
  );
  return { stored, journal: { goodLength: 0 } };
}

/** A journal's entries newer than `base` applied to it, up to the first problem (named, with the result before it). */
export function applyJournal<T>(
  text: string,
  file: string,
  kind: StoreKind<z.ZodType>,
  base: Stored<T>,
): { stored: Stored<T>; problem: string | null; goodLength: number } {
  const journal = parseJournal(text);
  let stored = base;
  let problem = journal.damagedAt ? `is damaged at line ${journal.damagedAt}` : null;
  for (const entry of journal.entries) {
    if (entry.seq <= base.seq) continue;
    if (entry.seq !== stored.seq + 1) {
      problem = `does not continue ${file} (entry ${entry.seq} follows ${stored.seq})`;
      break;
    }
    try {
      stored = { data: applyOps(stored.data as object, entry.ops) as T, seq: entry.seq };
    } catch (error) {
      problem = `does not fit ${file} at entry ${entry.seq} (${error instanceof Error ? error.message : String(error)})`;
      break;
    }
  }
  if (stored !== base) {
    const checked = validate(kind, stored.data);
    if ('problem' in checked) {
      problem = `makes ${file} invalid${checked.problem}`;
      stored = base;
    } else stored = { data: checked.data as T, seq: stored.seq };
  }
  return { stored, problem, goodLength: journal.goodLength };
}
