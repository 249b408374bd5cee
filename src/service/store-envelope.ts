/**
 * The envelope of every workspace file: what it is (`$collate`), the format version that wrote it
 * (`$version`) and the last journal entry it holds (`$seq`), around content its kind's schema checks.
 */
import type { z } from 'zod';
import { CollateError } from '../core/collate-error';
import { stableJsonPieces, stableStringify } from './stable-json';
import { FORMAT_VERSION } from './workspace-files';

/** Every workspace file says what it is and which format version wrote it, under keys no record uses. */
export const FORMAT_KEY = '$collate';
export const VERSION_KEY = '$version';
/** The last journal entry the file contains (see journal.ts). */
export const SEQ_KEY = '$seq';

export interface StoreKind<S extends z.ZodType> {
  /** The value of the file's `$collate` field, e.g. `annotations`. */
  format: string;
  /** What the file is, for messages: "annotations file". */
  description: string;
  schema: S;
}

/** A file's content with the number of the last journal entry it includes. */
export interface Stored<T> {
  data: T;
  seq: number;
}

/** A file's text, in pieces to be written one after another (never held whole). */
export function serialisePieces(kind: StoreKind<z.ZodType>, stored: Stored<unknown>): Iterable<string> {
  return stableJsonPieces(envelope(kind, stored));
}

/** A file's text, whole. */
export function serialise(kind: StoreKind<z.ZodType>, stored: Stored<unknown>): string {
  return stableStringify(envelope(kind, stored));
}

const envelope = (kind: StoreKind<z.ZodType>, { data, seq }: Stored<unknown>): object => ({
  [FORMAT_KEY]: kind.format,
  [VERSION_KEY]: FORMAT_VERSION,
  [SEQ_KEY]: seq,
  ...(data as object),
});

export function parseEnvelope<S extends z.ZodType>(
  file: string,
  text: string,
  kind: StoreKind<S>,
): Stored<z.output<S>> {
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
  const {
    [FORMAT_KEY]: format,
    [VERSION_KEY]: formatVersion,
    [SEQ_KEY]: seq = 0,
    ...payload
  } = raw as Record<string, unknown>;
  if (format !== kind.format) {
    throw new CollateError(
      'foreign-file',
      `${file} is not a Collate ${kind.description} (its format is ${JSON.stringify(format ?? null)}); it was left untouched.`,
    );
  }
  if (typeof formatVersion !== 'number' || formatVersion > FORMAT_VERSION) {
    throw new CollateError(
      'newer-format',
      `${file} was written by a newer Collate (format version ${String(formatVersion)}; this version reads up to ${FORMAT_VERSION}). Update Collate to open it.`,
    );
  }
  if (!Number.isInteger(seq) || (seq as number) < 0)
    throw new CollateError('corrupt-file', `${file} is damaged at ${SEQ_KEY}; it was left untouched.`);
  const checked = validate(kind, payload);
  if ('problem' in checked)
    throw new CollateError('corrupt-file', `${file} is damaged${checked.problem}; it was left untouched.`);
  return { data: checked.data as z.output<S>, seq: seq as number };
}

/** The content parsed by the kind's schema, or why it is not valid (" at spans.3.start: …"). */
export function validate(kind: StoreKind<z.ZodType>, value: unknown): { data: unknown } | { problem: string } {
  const parsed = kind.schema.safeParse(value);
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.map(String).join('.')}` : '';
  return { problem: `${where}: ${issue?.message ?? 'invalid content'}` };
}
