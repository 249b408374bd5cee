import type { z } from 'zod';
import { CollateError } from '../core/collate-error';
import { describeReadError, describeWriteError } from './file-errors';
import { diffFields, formatEntry, journalFile } from './journal';
import { applyJournal, DAMAGE, lastSeq, readJournalText, replayJournal, restoreBackup } from './json-store-recovery';
import { scheduleBackUp } from './rolling-backup';
import { parseEnvelope, serialisePieces, type StoreKind, type Stored } from './store-envelope';
import {
  readWorkspaceText,
  removeWorkspaceFile,
  truncateWorkspaceFile,
  writeWorkspaceFile,
  WorkspaceAppender,
} from './workspace-fs';
import { readWorkspaceTextSync, removeWorkspaceFileSync, writeWorkspaceFileSync } from './workspace-fs-sync';

export { FORMAT_KEY, SEQ_KEY, VERSION_KEY, type StoreKind } from './store-envelope';

/** The journal is folded while editing goes on (else after a pause) past 500 entries, or `foldPast` bytes. */
const MAX_JOURNAL_ENTRIES = 500;
const MAX_JOURNAL_BYTES = 1 << 20;
const COMPACT_AFTER_IDLE_MS = 2000;

/** An edit waiting for the next journal write, with whoever waits for its result. */
interface PendingEdit {
  change: (current: never) => { next: never; result: unknown };
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/** Where the journal and memory stood before a batch of edits was written: what a failed fsync goes back to. */
interface BatchStart<T> {
  generation: number;
  before: Stored<T>;
  journalBytes: number;
  journalEntries: number;
}

/**
 * One file of the workspace, owned by exactly one store: read once, then served from memory. Each
 * edit is appended to the file's journal (only what changed) and fsynced before it is acknowledged;
 * edits that arrive while a write is under way are grouped into the next write, and one fsync then
 * acknowledges them all, in order (group commit). The next write does not wait for the previous
 * fsync (pipelining): it is written while that fsync runs, and its own fsync follows it. If an
 * fsync fails, its edits and every edit written after them are refused, and memory and the journal
 * go back to where they stood before them. The journal stays open between
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
  /** 1 MB, or the file's size as last read or written if larger: a large file's folds cost in proportion to what was added. */
  private foldPast = MAX_JOURNAL_BYTES;
  private writing = false;
  /** The fsyncs of the journal writes so far, one after another; rejects once one failed. */
  private syncs: Promise<void> = Promise.resolve();
  private syncsInFlight = 0;
  /** Counts the failures gone back from, so that a batch written before one is not gone back to. */
  private generation = 0;
  /** The first batch whose fsync failed, until memory and the journal have gone back to before it. */
  private failedBatch: BatchStart<T> | null = null;
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
    let fileChars = 0;
    try {
      const text = await readWorkspaceText(root, file);
      fileChars = text?.length ?? 0;
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
    store.foldPast = Math.max(MAX_JOURNAL_BYTES, fileChars);
    if (replayed.journal && recovery) await store.adoptJournal(replayed.journal.goodLength);
    return store;
  }

  /**
   * A file's content with its journal replayed, read at once and owned by no store: for passes over
   * many files, where each asynchronous read costs several round trips. Repairs nothing: a damaged
   * file or journal is refused, as `open` without `recovery` refuses it.
   */
  static readSync<S extends z.ZodType>(
    root: string,
    file: string,
    kind: StoreKind<S>,
    initial: z.output<S>,
  ): z.output<S> {
    type T = z.output<S>;
    let base: Stored<T>;
    let journal: string | null;
    try {
      const text = readWorkspaceTextSync(root, file);
      base = text === null ? { data: initial, seq: 0 } : parseEnvelope(file, text, kind);
    } catch (error) {
      throw describeReadError(file, error);
    }
    try {
      journal = readWorkspaceTextSync(root, journalFile(file));
    } catch (error) {
      throw describeReadError(journalFile(file), error);
    }
    if (journal === null) return base.data;
    const { stored, problem } = applyJournal(journal, file, kind, base);
    if (problem) throw new CollateError('corrupt-file', `${journalFile(file)} ${problem}; it was left untouched.`);
    return stored.data;
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
      if (this.pending.length === 1) this.enqueue(() => this.saveEdits()).catch(() => undefined);
    });
  }

  /**
   * Applies every waiting edit in memory and writes them with one journal append; their fsync
   * follows the previous one, and they are acknowledged, in order, once it is over. The queue moves
   * on as soon as the bytes are written, so the next edits are written while this fsync runs.
   */
  private async saveEdits(): Promise<void> {
    await this.goBackFromFailure();
    const edits = this.pending;
    this.pending = [];
    const start: BatchStart<T> = {
      generation: this.generation,
      before: this.stored,
      journalBytes: this.journalBytes,
      journalEntries: this.journalEntries,
    };
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
    const saved = this.stored;
    const refuse = (error: unknown): void => {
      const failure = describeWriteError(this.file, error);
      for (const edit of edits) edit.reject(failure);
    };
    try {
      const bytes = Buffer.byteLength(entries);
      if (count === 0) {
        // Nothing to write: acknowledged after the edits before them.
      } else if (this.journalEntries >= MAX_JOURNAL_ENTRIES || this.journalBytes + bytes > this.foldPast) {
        await this.writeWhole();
      } else {
        this.awaitDurable(start, (await this.write(entries, count, bytes)).durable);
      }
    } catch (error) {
      if (this.failedBatch) await this.goBackFromFailure();
      else this.stored = start.before;
      refuse(error);
      return;
    }
    this.syncs.then(() => {
      if (count > 0) {
        this.onSaved?.(saved.data);
        this.compactWhenIdle();
      }
      acknowledge.forEach((done) => done());
    }, refuse);
  }

  /** Chains the fsync of what was just written (started once the previous one is over) to the others. */
  private awaitDurable(start: BatchStart<T>, durable: Promise<void>): void {
    this.syncsInFlight++;
    void durable.catch(() => undefined).finally(() => this.syncsInFlight--);
    this.syncs = this.syncs
      .then(() => durable)
      .catch((error: unknown) => {
        if (start.generation === this.generation && !this.failedBatch) {
          this.failedBatch = start;
          this.enqueue(() => this.goBackFromFailure()).catch(() => undefined);
        }
        throw error;
      });
  }

  /**
   * After a failed fsync: once the fsyncs under way are over, memory and the journal go back to
   * where they stood before the failed batch (its edits and those written after it were refused).
   */
  private async goBackFromFailure(): Promise<void> {
    if (!this.failedBatch) return;
    await this.syncs.catch(() => undefined);
    const start = this.failedBatch;
    this.failedBatch = null;
    this.generation++;
    this.syncs = Promise.resolve();
    this.stored = start.before;
    this.journalBytes = start.journalBytes;
    this.journalEntries = start.journalEntries;
    await this.journal.close();
    await truncateWorkspaceFile(this.root, journalFile(this.file), start.journalBytes).catch(() => undefined);
  }

  /**
   * Folds the journal into the file now, synchronously, for a workspace being closed. Skipped while
   * a write is under way: the journal then stays and is replayed on the next open.
   */
  flushSync(): void {
    clearTimeout(this.compactTimer);
    if (this.writing || this.syncsInFlight > 0 || this.failedBatch) return;
    this.journal.closeSync();
    if (this.journalEntries === 0) return;
    try {
      writeWorkspaceFileSync(this.root, this.file, this.wholeFile());
      removeWorkspaceFileSync(this.root, journalFile(this.file));
      this.journalEntries = 0;
      this.journalBytes = 0;
      scheduleBackUp(this.root, this.file);
    } catch {
      // The journal still holds every edit.
    }
  }

  /**
   * Lets the store go without folding its journal: waits for the edits under way and their fsyncs,
   * then closes the journal. Every acknowledged edit is already durable in the journal, which the
   * next `open` replays (and folds); so a batch over many files does not rewrite each one whole.
   */
  async release(): Promise<void> {
    clearTimeout(this.compactTimer);
    await this.queue;
    await this.syncs.catch(() => undefined);
    await this.journal.close();
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

  /** Writes journal lines; resolves with their fsync, under way (`durable`). */
  private async write(entries: string, count: number, bytes: number): Promise<{ durable: Promise<void> }> {
    let written: { durable: Promise<void> };
    try {
      written = await this.journal.write(entries);
    } catch (error) {
      // A line cut short by a full disk must not sit before the next edit's line; the fsyncs under
      // way use the same descriptor, so they end first.
      await this.syncs.catch(() => undefined);
      await this.journal.close();
      await truncateWorkspaceFile(this.root, journalFile(this.file), this.journalBytes).catch(() => undefined);
      throw error;
    }
    this.journalEntries += count;
    this.journalBytes += bytes;
    return written;
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

  /**
   * Rewrites the whole file atomically with every journal entry in it, then drops the journal. The
   * fsyncs under way end first; if one failed, memory goes back before the file is written.
   */
  private async writeWhole(): Promise<void> {
    await this.syncs.catch(() => undefined);
    if (this.failedBatch) throw new CollateError('write-failed', `${this.file} could not be saved.`);
    await writeWorkspaceFile(this.root, this.file, this.wholeFile());
    await this.journal.close();
    await removeWorkspaceFile(this.root, journalFile(this.file));
    this.journalEntries = 0;
    this.journalBytes = 0;
    scheduleBackUp(this.root, this.file);
  }

  /** The whole file's text in pieces, counting its characters as it is written. */
  private *wholeFile(): Generator<string> {
    let chars = 0;
    for (const piece of serialisePieces(this.kind, this.stored)) {
      chars += piece.length;
      yield piece;
    }
    this.foldPast = Math.max(MAX_JOURNAL_BYTES, chars);
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
