import { join } from 'node:path';
import { z } from 'zod';
import { DocumentSummary } from '../../api/contract';
import { readWorkspaceTextSync, makeWorkspaceFolderSync, writeWorkspaceFileSync } from '../workspace-fs-sync';

/** Where the index lives: the workspace's cache folder, which `.gitignore` keeps out of git. */
export const CACHE_DIR = join('.collate', 'cache');
export const CORPUS_INDEX_FILE = join(CACHE_DIR, 'corpus-index.json');
/** Bumped whenever what an entry holds changes; an index of another version is rebuilt. */
const INDEX_VERSION = 1;

const FileStamp = z.object({ size: z.number().nonnegative(), mtimeMs: z.number().nonnegative() });
export type FileStamp = z.infer<typeof FileStamp>;

/** What the spans of one document add up to: for the library's facets and sorting. */
export const SpanCounts = z.object({
  spans: z.number().int().nonnegative(),
  orphaned: z.number().int().nonnegative(),
  labels: z.record(z.string(), z.number().int().nonnegative()),
  annotators: z.array(z.string()),
});
export type SpanCounts = z.infer<typeof SpanCounts>;

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

/**
 * The stored index, or null when it is missing, damaged, of another version, or not a plain file
 * (a link is refused like every workspace file): it is then rebuilt, never trusted.
 */
export function readIndexFile(root: string): IndexFile | null {
  try {
    const text = readWorkspaceTextSync(root, CORPUS_INDEX_FILE);
    if (text === null) return null;
    const parsed = IndexFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
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
