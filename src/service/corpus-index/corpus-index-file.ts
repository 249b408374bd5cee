import { join } from 'node:path';
import { z } from 'zod';
import { DocumentSummary, SpanCounts } from '../../api/contract';
import { isGeneratedId } from '../new-id';
import { readWorkspaceTextSync, makeWorkspaceFolderSync, writeWorkspaceFileSync } from '../workspace-fs-sync';

/** Where the index lives: the workspace's cache folder, which `.gitignore` keeps out of git. */
export const CACHE_DIR = join('.collate', 'cache');
export const CORPUS_INDEX_FILE = join(CACHE_DIR, 'corpus-index.json');
/** Bumped whenever what an entry holds changes; an index of another version is rebuilt. */
const INDEX_VERSION = 2;

const FileStamp = z.object({ size: z.number().nonnegative(), mtimeMs: z.number().nonnegative() });
export type FileStamp = z.infer<typeof FileStamp>;

/** One document as the index knows it, with the stamps of the files it was read from. */
export const IndexEntry = z.object({
  summary: DocumentSummary,
  counts: SpanCounts,
  document: FileStamp,
  annotations: FileStamp.nullable(),
  journal: FileStamp.nullable(),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

const IndexFile = z.object({
  $collate: z.literal('corpus-index'),
  $version: z.literal(INDEX_VERSION),
  /** Stamps of `documents/` and `annotations/` when the index was last written with nothing unsaved; else null. */
  folders: z.object({ documents: FileStamp, annotations: FileStamp }).nullable(),
  entries: z.record(z.string(), IndexEntry),
});
export type IndexFile = z.infer<typeof IndexFile>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStamp = (value: unknown): boolean =>
  isObject(value) && typeof value.size === 'number' && value.size >= 0 && typeof value.mtimeMs === 'number';
const STRINGS = ['title', 'source', 'format', 'encoding', 'sha256', 'textSha256', 'importedAt'] as const;
const OPTIONAL_STRINGS = ['outlet', 'author', 'published', 'note', 'language'] as const;

/** A stored entry with every field the service and the library read, of the right type, under its own id. */
function isEntry(id: string, entry: unknown): boolean {
  if (!isObject(entry) || !isObject(entry.summary) || !isObject(entry.counts)) return false;
  const { summary, counts } = entry;
  if (summary.id !== id || !isGeneratedId(id, 'd') || typeof summary.length !== 'number') return false;
  if (!STRINGS.every((key) => typeof summary[key] === 'string')) return false;
  if (!OPTIONAL_STRINGS.every((key) => summary[key] === undefined || typeof summary[key] === 'string')) return false;
  if (!Array.isArray(summary.notes)) return false;
  if (summary.tags !== undefined && !(Array.isArray(summary.tags) && summary.tags.every((t) => typeof t === 'string')))
    return false;
  if (typeof counts.spans !== 'number' || typeof counts.orphaned !== 'number') return false;
  if (!isObject(counts.labels) || !Object.values(counts.labels).every((n) => typeof n === 'number')) return false;
  if (!Array.isArray(counts.annotators) || !counts.annotators.every((a) => typeof a === 'string')) return false;
  return (
    isStamp(entry.document) &&
    (entry.annotations === null || isStamp(entry.annotations)) &&
    (entry.journal === null || isStamp(entry.journal))
  );
}

/**
 * The stored index, or null when it is missing, damaged, of another version, or not a plain file
 * (a link is refused like every workspace file): it is then rebuilt, never trusted.
 */
export function readIndexFile(root: string): IndexFile | null {
  try {
    const text = readWorkspaceTextSync(root, CORPUS_INDEX_FILE);
    if (text === null) return null;
    const raw = JSON.parse(text) as unknown;
    // The envelope by its schema; the entries by hand: a schema walk of 10,000 summaries costs a second.
    const parsed = IndexFile.extend({ entries: z.record(z.string(), z.unknown()) }).safeParse(raw);
    if (!parsed.success) return null;
    for (const [id, entry] of Object.entries(parsed.data.entries)) if (!isEntry(id, entry)) return null;
    return parsed.data as IndexFile;
  } catch {
    return null;
  }
}

/** Replaces the stored index atomically; a cache that cannot be written is only a slower next start. */
export function writeIndexFile(root: string, index: Omit<IndexFile, '$collate' | '$version'>): boolean {
  try {
    makeWorkspaceFolderSync(root, CACHE_DIR);
    const file: IndexFile = { $collate: 'corpus-index', $version: INDEX_VERSION, ...index };
    writeWorkspaceFileSync(root, CORPUS_INDEX_FILE, JSON.stringify(file));
    return true;
  } catch {
    return false;
  }
}
