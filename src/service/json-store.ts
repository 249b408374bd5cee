import type { z } from 'zod';
import { CollateError } from '../core/collate-error';
import { describeReadError, describeWriteError } from './file-errors';
import { applyOps, diffFields, formatEntry, journalFile, parseJournal } from './journal';
import { newestGoodBackup, scheduleBackUp } from './rolling-backup';
import { parseEnvelope, serialisePieces, validate, type StoreKind, type Stored } from './store-envelope';
import {
  readWorkspaceText,
  removeWorkspaceFile,
  renameWorkspaceFile,
  truncateWorkspaceFile,
  writeWorkspaceFile,
  WorkspaceAppender,
} from './workspace-fs';
import { removeWorkspaceFileSync, writeWorkspaceFileSync } from './workspace-fs-sync';

export { FORMAT_KEY, SEQ_KEY, VERSION_KEY, type StoreKind } from './store-envelope';

/** When the journal is folded into its file while editing goes on; otherwise it is after a pause. */
const MAX_JOURNAL_ENTRIES = 500;
const MAX_JOURNAL_BYTES = 1 << 20;
const COMPACT_AFTER_IDLE_MS = 2000;

/** An edit waiting for the next journal write, with whoever waits for its result. */
interface PendingEdit {
  change: (current: never) => { next: never; result: unknown };
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * One file of the workspace, owned by exactly one store: read once, then served from memory. Each
 * edit is appended to the file's journal (only what changed) and fsynced before it is acknowledged;
 * edits that arrive while a write and its fsync are under way are grouped into the next write, and
 * one fsync then acknowledges them all, in order (group commit). The journal stays open between
 * appends, so an edit costs one write and one fdatasync. The whole file is
 * rewritten atomically (temp file + fsync + rename + folder fsync) when the journal grows or editing
 * pauses. A corrupt, foreign or newer file is refused with a message naming it, and is never
 * overwritten. Every access goes through workspace-fs.ts, which refuses links and paths outside.
 */
export class JsonStore<T> {
  private queue: Promise<void> = Promise.resolve();
  private pending: PendingEdit[] = [];
  private journalEntries = 0;
  private journalBytes = 0;
  private writing = false;
  private compactTimer: NodeJS.Timeout | undefined;
  /** The journal, kept open while edits come, closed when it is folded into the file. */
  private readonly journal: WorkspaceAppender;
  /** Told the new content after each edit is on disk, for indexes kept beside the file. */
  onSaved: ((data: T) => void) | undefined;

  private constructor(
    private stored: Stored<T>,
    private readonly kind: StoreKind<z.ZodType>,
    private readonly root: string,
    readonly file: string,
  ) {
    this.journal = new WorkspaceAppender(root, journalFile(file));
  }

  /** Writes a new file that no store owns yet, such as an imported document. */
  static async create<S extends z.ZodType>(
    root: string,
    file: string,
    kind: StoreKind<S>,
    data: z.output<S>,
  ): Promise<JsonStore<z.output<S>>> {
    // A journal left beside an older file of this name must not replay onto the new one.
    const seq = lastSeq(await readJournalText(root, file).catch(() => null)) + 1;
    const store = new JsonStore({ data, seq }, kind, root, file);
    await store
      .enqueue(() => store.writeWhole())
      .catch((error: unknown) => {
        throw describeWriteError(file, error);
      });
    return store;
  }

  /**
   * Reads a file of the workspace and replays its journal. `recovery` is given by the file's owner
   * only: then a damaged file is renamed aside (never overwritten) and its newest good backup is put
   * in its place, a damaged journal is set aside after keeping the edits before the damage, a
   * journal is folded into its file, and `onRecovered` hears what happened.
   */
  static async open<S extends z.ZodType>(
    root: string,
    file: string,
    kind: StoreKind<S>,
    initial: z.output<S> | null,
    recovery?: { onRecovered: (message: string) => void },
  ): Promise<JsonStore<z.output<S>>> {
    type T = z.output<S>;
    let stored: Stored<T> | null;
    try {
      const text = await readWorkspaceText(root, file);
      stored = text === null ? null : parseEnvelope(file, text, kind);
    } catch (error) {
      const problem = describeReadError(file, error);
      const restored =
        recovery && DAMAGE.includes(problem.code) ? await restoreBackup(root, file, kind, problem) : null;
      if (!restored) throw problem;
      recovery!.onRecovered(restored.message);
      stored = restored.stored;
    }
    if (stored === null && initial === null) {
      throw new CollateError('missing-file', `${file} is missing from the workspace.`);
    }
    const replayed = await replayJournal(root, file, kind, stored ?? { data: initial as T, seq: 0 }, recovery);
    const store = new JsonStore<T>(replayed.stored, kind, root, file);
    if (replayed.journal && recovery) await store.adoptJournal(replayed.journal.goodLength);
    return store;
  }

  get data(): T {
    return this.stored.data;
  }

  /**
   * Applies one change and saves it, in order; if the save fails, memory goes back to what is on
   * disk and the error names the file. Resolves once the change is on disk (fsynced).
   */
  update<R>(change: (current: T) => { next: T; result: R }): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ change, resolve, reject } as unknown as PendingEdit);
      // Edits are acknowledged once the write is over, so that a caller may fold the file at once.
      if (this.pending.length === 1) {
        this.enqueue(() => this.saveEdits()).then(
          (acknowledge) => acknowledge.forEach((done) => done()),
          () => undefined,
        );
      }
    });
  }

  /**
   * Applies every waiting edit in memory, then writes them with one journal append and one fsync;
   * returns the acknowledgements to send once the write is over (none if it failed).
   */
  private async saveEdits(): Promise<Array<() => void>> {
    const edits = this.pending;
    this.pending = [];
    const before = this.stored;
    const acknowledge: Array<() => void> = [];
    let entries = '';
    let count = 0;
    for (const edit of edits) {
      try {
        const previous = this.stored;
        const { next, result } = (edit.change as unknown as (current: T) => { next: T; result: unknown })(
          previous.data,
        );
        const ops = diffFields(previous.data as object, next as object);
        if (ops.length > 0) {
          entries += formatEntry({ seq: previous.seq + 1, ops });
          count++;
          this.stored = { data: next, seq: previous.seq + 1 };
        }
        acknowledge.push(() => edit.resolve(result));
      } catch (error) {
        edit.reject(error);
      }
    }
    if (count > 0) {
      try {
        const bytes = Buffer.byteLength(entries);
        if (this.journalEntries >= MAX_JOURNAL_ENTRIES || this.journalBytes + bytes > MAX_JOURNAL_BYTES)
          await this.writeWhole();
        else await this.append(entries, count, bytes);
      } catch (error) {
        this.stored = before;
        const failure = describeWriteError(this.file, error);
        for (const edit of edits) edit.reject(failure);
        return [];
      }
      this.onSaved?.(this.stored.data);
      this.compactWhenIdle();
    }
    return acknowledge;
  }

  /**
   * Folds the journal into the file now, synchronously, for a workspace being closed. Skipped while
   * a write is under way: the journal then stays and is replayed on the next open.
   */
  flushSync(): void {
    clearTimeout(this.compactTimer);
    if (this.writing) return;
    this.journal.closeSync();
    if (this.journalEntries === 0) return;
    try {
      writeWorkspaceFileSync(this.root, this.file, serialisePieces(this.kind, this.stored));
      removeWorkspaceFileSync(this.root, journalFile(this.file));
      this.journalEntries = 0;
      this.journalBytes = 0;
      scheduleBackUp(this.root, this.file);
    } catch {
      // The journal still holds every edit.
    }
  }

  private enqueue<R>(step: () => Promise<R>): Promise<R> {
    const run = this.queue.then(async () => {
      this.writing = true;
      try {
        return await step();
      } finally {
        this.writing = false;
      }
    });
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async append(entries: string, count: number, bytes: number): Promise<void> {
    try {
      await this.journal.append(entries);
    } catch (error) {
      // A line cut short by a full disk must not sit before the next edit's line.
      await this.journal.close();
      await truncateWorkspaceFile(this.root, journalFile(this.file), this.journalBytes).catch(() => undefined);
      throw error;
    }
    this.journalEntries += count;
    this.journalBytes += bytes;
  }

  /**
   * Takes over a journal found on opening: cuts a line a crash left unfinished, so the next edit's
   * line does not join it, and folds the journal into the file. If the disk refuses, the journal
   * stays and is used as it is.
   */
  private async adoptJournal(goodLength: number): Promise<void> {
    this.journalEntries = 1;
    this.journalBytes = goodLength;
    try {
      await truncateWorkspaceFile(this.root, journalFile(this.file), goodLength);
      await this.enqueue(() => this.writeWhole());
    } catch {
      // Editing will say so if the disk stays unwritable.
    }
  }

  private async compact(): Promise<void> {
    if (this.journalEntries > 0) await this.writeWhole();
  }

  /** Rewrites the whole file atomically with every journal entry in it, then drops the journal. */
  private async writeWhole(): Promise<void> {
    await writeWorkspaceFile(this.root, this.file, serialisePieces(this.kind, this.stored));
    await this.journal.close();
    await removeWorkspaceFile(this.root, journalFile(this.file));
    this.journalEntries = 0;
    this.journalBytes = 0;
    scheduleBackUp(this.root, this.file);
  }

  private compactWhenIdle(): void {
    clearTimeout(this.compactTimer);
    this.compactTimer = setTimeout(() => {
      // If it fails, the journal still holds every edit and the next compaction tries again.
      this.enqueue(() => this.compact()).catch(() => undefined);
    }, COMPACT_AFTER_IDLE_MS);
    this.compactTimer.unref();
  }
}

/** Problems a backup can repair; a file from a newer Collate is not damaged and is left alone. */
const DAMAGE = ['corrupt-file', 'foreign-file'];

async function restoreBackup<S extends z.ZodType>(
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

async function readJournalText(root: string, file: string): Promise<string | null> {
  try {
    return await readWorkspaceText(root, journalFile(file));
  } catch (error) {
    throw describeReadError(journalFile(file), error);
  }
}

const lastSeq = (text: string | null): number =>
  text === null ? 0 : Math.max(0, ...parseJournal(text).entries.map((e) => e.seq));

/**
 * The file's content with its journal's newer entries applied. A journal that is damaged, or does
 * not continue this file (a gap in the numbering, a change that does not fit), keeps the entries
 * before the problem; its owner sets it aside with a message, anyone else is refused.
 */
async function replayJournal<T>(
  root: string,
  file: string,
  kind: StoreKind<z.ZodType>,
  base: Stored<T>,
  recovery?: { onRecovered: (message: string) => void },
): Promise<{ stored: Stored<T>; journal?: { goodLength: number } }> {
  const text = await readJournalText(root, file);
  if (text === null) return { stored: base };
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
  if (!problem) return { stored, journal: { goodLength: journal.goodLength } };
  const journalName = journalFile(file);
  if (!recovery) throw new CollateError('corrupt-file', `${journalName} ${problem}; it was left untouched.`);
  const aside = `${journalName}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await renameWorkspaceFile(root, journalName, aside);
  recovery.onRecovered(
    `${journalName} ${problem}. The edits before the problem were kept, and the journal was moved to ${aside}.`,
  );
  return { stored, journal: { goodLength: 0 } };
}
