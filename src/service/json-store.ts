import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { z } from 'zod';
import { CollateError } from '../core/collate-error';
import { describeReadError, describeWriteError } from './file-errors';
import { newestGoodBackup, scheduleBackUp } from './rolling-backup';
import { stableStringify } from './stable-json';
import { FORMAT_VERSION } from './workspace-files';

/** Every workspace file says what it is and which format version wrote it, under keys no record uses. */
export const FORMAT_KEY = '$collate';
export const VERSION_KEY = '$version';

export interface StoreKind<S extends z.ZodType> {
  /** The value of the file's `$collate` field, e.g. `annotations`. */
  format: string;
  /** What the file is, for messages: "annotations file". */
  description: string;
  schema: S;
}

/**
 * One file of the workspace, owned by exactly one store: lowdb over an atomic writer (temp file +
 * rename), read once and then served from memory. A corrupt, foreign or newer file is refused with a
 * message naming it, and is never overwritten.
 */
export class JsonStore<T> {
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: Low<T>,
    private readonly root: string,
    readonly file: string,
  ) {}

  /** Writes a new file that no store owns yet, such as an imported document. */
  static async create<S extends z.ZodType>(root: string, file: string, kind: StoreKind<S>, data: z.output<S>): Promise<JsonStore<z.output<S>>> {
    const store = new JsonStore(new Low(adapterFor(root, file, kind), data), root, file);
    await store.update(() => ({ next: data, result: undefined }));
    return store;
  }

  /**
   * Reads a file of the workspace. With `recover`, a damaged file is renamed aside (never
   * overwritten) and its newest good backup is put in its place; `onRecovered` hears what happened.
   */
  static async open<S extends z.ZodType>(
    root: string,
    file: string,
    kind: StoreKind<S>,
    initial: z.output<S> | null,
    recovery?: { onRecovered: (message: string) => void },
  ): Promise<JsonStore<z.output<S>>> {
    type T = z.output<S>;
    const adapter = adapterFor(root, file, kind);
    let stored: T | null;
    try {
      stored = await adapter.read();
    } catch (error) {
      const problem = describeReadError(file, error);
      const restored = recovery && DAMAGE.includes(problem.code) ? await restoreBackup(root, file, kind, problem) : null;
      if (!restored) throw problem;
      recovery!.onRecovered(restored.message);
      stored = restored.data;
    }
    if (stored === null && initial === null) {
      throw new CollateError('missing-file', `${file} is missing from the workspace.`);
    }
    const db = new Low<T>(adapter, (stored ?? initial) as T);
    return new JsonStore(db, root, file);
  }

  get data(): T {
    return this.db.data;
  }

  /**
   * Applies one change and saves it, one change at a time; if the save fails, memory goes back to
   * what is on disk and the error names the file. Resolves once the change is on disk.
   */
  update<R>(change: (current: T) => { next: T; result: R }): Promise<R> {
    const run = this.queue.then(async () => {
      const previous = this.db.data;
      const { next, result } = change(previous);
      this.db.data = next;
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = previous;
        throw describeWriteError(this.file, error);
      }
      scheduleBackUp(this.root, this.file);
      return result;
    });
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}

/** Problems a backup can repair; a file from a newer Collate is not damaged and is left alone. */
const DAMAGE = ['corrupt-file', 'foreign-file'];

async function restoreBackup<S extends z.ZodType>(
  root: string,
  file: string,
  kind: StoreKind<S>,
  problem: CollateError,
): Promise<{ data: z.output<S>; message: string } | null> {
  const backup = await newestGoodBackup(root, file, (text) => parseEnvelope(file, text, kind));
  if (!backup) return null;
  const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    await rename(join(root, file), join(root, aside));
    await writeFile(join(root, file), backup.text);
  } catch {
    return null;
  }
  const reason = problem.message.replace(/; it was left untouched\.$/, '');
  return {
    data: backup.data,
    message: `${reason}. It was moved to ${aside}, and its last good version (saved ${backup.savedAt.toISOString()}) was restored.`,
  };
}

function adapterFor<S extends z.ZodType>(root: string, file: string, kind: StoreKind<S>): DataFile<z.output<S>> {
  return new DataFile<z.output<S>>(join(root, file), {
    parse: (text) => parseEnvelope(file, text, kind),
    stringify: (data) => stableStringify({ [FORMAT_KEY]: kind.format, [VERSION_KEY]: FORMAT_VERSION, ...(data as object) }),
  });
}

function parseEnvelope<S extends z.ZodType>(file: string, text: string, kind: StoreKind<S>): z.output<S> {
  if (text.trim() === '') throw new CollateError('corrupt-file', `${file} is empty; it was left untouched.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CollateError('corrupt-file', `${file} is not valid JSON (${detail}); it was left untouched.`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new CollateError('foreign-file', `${file} is not a Collate ${kind.description}; it was left untouched.`);
  }
  const { [FORMAT_KEY]: format, [VERSION_KEY]: formatVersion, ...payload } = raw as Record<string, unknown>;
  if (format !== kind.format) {
    throw new CollateError('foreign-file', `${file} is not a Collate ${kind.description} (its format is ${JSON.stringify(format ?? null)}); it was left untouched.`);
  }
  if (typeof formatVersion !== 'number' || formatVersion > FORMAT_VERSION) {
    throw new CollateError(
      'newer-format',
      `${file} was written by a newer Collate (format version ${String(formatVersion)}; this version reads up to ${FORMAT_VERSION}). Update Collate to open it.`,
    );
  }
  const parsed = kind.schema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.map(String).join('.')}` : '';
    throw new CollateError('corrupt-file', `${file} is damaged${where}: ${issue?.message ?? 'invalid content'}; it was left untouched.`);
  }
  return parsed.data;
}
