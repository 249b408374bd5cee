import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CorpusHit, DocumentSummary } from '../../api/contract';
import type { CollateDocument, SpanAnnotation } from '../../core/model';
import { makeWorkspaceFolder, readWorkspaceBytes, removeWorkspaceFile, writeWorkspaceFile } from '../workspace-fs';
import { makeWorkspaceFolderSync, removeWorkspaceFileSync, writeWorkspaceFileSync } from '../workspace-fs-sync';
import { CorpusIndex, SEAL_AT } from './corpus-index';
import { DamagedIndexError } from './index-segment';
import { hitOf } from './search-hits';
import { documentTerms, SegmentBuilder } from './segment-builder';

export const SEARCH_CACHE_DIR = join('.collate', 'cache');
/** The index cache: ignored by git (`.collate/`), rebuilt when missing, stale or damaged. */
export const SEARCH_INDEX_FILE = join(SEARCH_CACHE_DIR, 'search-index.bin');
/** The cache of earlier versions (MiniSearch's JSON), removed once the new one is written. */
const OLD_INDEX_FILE = join(SEARCH_CACHE_DIR, 'search-index.json');
/** After a build, the index is written this long after (and on close). */
const SAVE_DELAY_MS = 3000;
/**
 * Documents indexed again in a session that make closing write the cache (merging its segments costs
 * about a second at 10,000 articles); fewer are indexed again from their files when it is next read.
 */
const WRITE_AT = 50;
/** The longest the index works before letting the server answer other requests. */
const SLICE_MS = 12;
const WARM_AFTER_MS = 300;

/** What the search needs of the workspace. */
export interface SearchSource {
  root: string;
  /** False for a read-only workspace: the index is then kept in memory only. */
  writable: boolean;
  documentIds(): string[];
  document(id: string): CollateDocument;
  /** A document's details without its text (a new object whenever they change), read without its file. */
  summary(id: string): DocumentSummary;
  /** The stamps of a document's files (its text and details, its span files), known without reading them. */
  filesStamp(id: string): string;
  spansOf(id: string): Promise<readonly SpanAnnotation[]>;
  /** The spans in memory when the document's annotation file is open; every edit replaces the array. */
  openSpans(id: string): readonly SpanAnnotation[] | undefined;
}

/** Where the index came from when it was first needed in this session. */
export type IndexOrigin = 'cache' | 'rebuilt';

const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Full-text search over every document and annotation of a workspace. The index is read from the
 * cache on first use and brought up to date document by document: on disk by each document's
 * files' stamps (which the document catalog checked at open), in this session by the identity of the
 * summary and span arrays the service holds, which every edit replaces. Indexing works in short
 * slices, so that the server answers other requests meanwhile.
 */
export class CorpusSearch {
  private ready: Promise<CorpusIndex> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** What each document was indexed from: its summary (not its text, which is read only to index it) and spans. */
  private readonly seen = new Map<string, { summary: DocumentSummary; spans?: readonly SpanAnnotation[] }>();
  /** True while the index was built in this session and not yet written. */
  private unwritten = false;
  private saveTimer: NodeJS.Timeout | undefined;
  private loadedIndex: CorpusIndex | null = null;
  origin: IndexOrigin | null = null;
  /** Why the cache could not be used, when it was there but damaged or foreign (it is then rebuilt). */
  notice: string | null = null;

  constructor(private readonly source: SearchSource) {}

  /** The best `limit` hits for a query, each naming where it is. */
  async search(query: string, limit: number): Promise<CorpusHit[]> {
    const matches = await this.queued(async () => {
      const index = await this.current();
      try {
        return index.match(query, limit);
      } catch (error) {
        if (!(error instanceof DamagedIndexError)) throw error;
        // Postings are checked as a query reads them: a cache damaged there is found only now.
        this.noteUnusable(error);
        this.seen.clear();
        this.ready = this.build().then((rebuilt) => this.loaded(rebuilt));
        return (await this.current()).match(query, limit);
      }
    });
    const hits: CorpusHit[] = [];
    for (const match of matches) {
      const document = this.documentOrNull(match.documentId);
      if (document) hits.push(hitOf(document, match));
    }
    return hits;
  }

  /** Writes a changed index now (on close). */
  flushSync(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const index = this.loadedIndex;
    if (!this.source.writable || !index || !(this.unwritten || index.changed >= WRITE_AT)) return;
    try {
      this.settleStamps(index);
      makeWorkspaceFolderSync(this.source.root, SEARCH_CACHE_DIR);
      writeWorkspaceFileSync(this.source.root, SEARCH_INDEX_FILE, index.toBytes());
      removeWorkspaceFileSync(this.source.root, OLD_INDEX_FILE);
      this.unwritten = false;
    } catch {
      // A cache that cannot be written is rebuilt next time; the workspace itself is untouched.
    }
  }

  /** Runs one use of the index after the others (loading, refreshing and merging are never interleaved). */
  private queued<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Starts reading the index in the background (after the shell's first requests), so that the first
   * query does not wait for it; queries meanwhile wait for it, other requests do not.
   */
  warm(): void {
    const timer = setTimeout(() => void this.queued(() => this.current()).catch(() => undefined), WARM_AFTER_MS);
    timer.unref();
  }

  /** The index, loaded once, with every document changed since brought up to date. */
  private async current(): Promise<CorpusIndex> {
    this.ready ??= this.load();
    const index = await this.ready;
    await this.refresh(index);
    return index;
  }

  private async load(): Promise<CorpusIndex> {
    return this.loaded((await this.readCache()) ?? (await this.build()));
  }

  private loaded(index: CorpusIndex): CorpusIndex {
    this.loadedIndex = index;
    if (this.unwritten) this.scheduleSave();
    return index;
  }

  private noteUnusable(error: unknown): void {
    const why = error instanceof Error ? error.message : String(error);
    this.notice = `The search index ${SEARCH_INDEX_FILE} could not be used (${why}); it was rebuilt.`;
  }

  /** The cached index with the documents changed since it was written indexed again; null when there is none to use. */
  private async readCache(): Promise<CorpusIndex | null> {
    let index: CorpusIndex;
    try {
      const bytes = await readWorkspaceBytes(this.source.root, SEARCH_INDEX_FILE);
      if (bytes === null) return null;
      index = CorpusIndex.fromBytes(bytes);
    } catch (error) {
      this.noteUnusable(error); // damaged, foreign or a link: rebuilt, never followed or trusted
      return null;
    }
    const ids = this.source.documentIds();
    const changed = ids.filter((id) => {
      const current = this.source.openSpans(id) === undefined && index.stampOf(id) === this.source.filesStamp(id);
      if (current) this.seen.set(id, { summary: this.source.summary(id) });
      return !current;
    });
    // Most documents changed (another copy of the workspace): building afresh costs less than patching.
    if (changed.length > Math.max(ids.length / 2, SEAL_AT)) {
      this.seen.clear();
      return null;
    }
    this.origin = 'cache';
    let slice = performance.now();
    for (const id of changed) {
      await this.index(index, id);
      if (performance.now() - slice > SLICE_MS) {
        await breathe();
        slice = performance.now();
      }
    }
    const present = new Set(ids);
    for (const id of index.ids()) if (!present.has(id)) this.forget(index, id);
    return index;
  }

  /** A new index of every document, built in slices. */
  private async build(): Promise<CorpusIndex> {
    this.origin = 'rebuilt';
    const builder = new SegmentBuilder();
    let slice = performance.now();
    for (const id of this.source.documentIds()) {
      const read = await this.read(id);
      if (read) builder.add(documentTerms(read.document, read.spans, read.stamp));
      if (performance.now() - slice > SLICE_MS) {
        await breathe();
        slice = performance.now();
      }
    }
    this.unwritten = true;
    return CorpusIndex.of(await builder.buildInSlices(breathe));
  }

  /** Re-indexes the documents edited, added or removed since the last query. */
  private async refresh(index: CorpusIndex): Promise<void> {
    const ids = this.source.documentIds();
    for (const id of ids) {
      const seen = this.seen.get(id);
      const summary = this.source.summary(id);
      const open = this.source.openSpans(id);
      if (seen && seen.summary === summary && (open === undefined || open === seen.spans)) continue;
      await this.index(index, id);
    }
    if (this.seen.size > ids.length) {
      const present = new Set(ids);
      for (const id of [...this.seen.keys()]) if (!present.has(id)) this.forget(index, id);
    }
  }

  /** A document, its spans and the stamp of its files taken before reading them; null if it cannot be read. */
  private async read(
    id: string,
  ): Promise<{ document: CollateDocument; spans: readonly SpanAnnotation[]; stamp: string } | null> {
    const summary = this.source.summary(id);
    const stamp = this.source.filesStamp(id);
    try {
      const document = this.source.document(id);
      const spans = await this.source.spansOf(id);
      this.seen.set(id, { summary, spans: this.source.openSpans(id) ?? spans });
      return { document, spans, stamp };
    } catch {
      // Reported by the workspace when opened; tried again once the document changes.
      this.seen.set(id, { summary, spans: this.source.openSpans(id) });
      return null;
    }
  }

  private async index(index: CorpusIndex, id: string): Promise<void> {
    const read = await this.read(id);
    if (read) index.put(read.document, read.spans, read.stamp);
    else index.remove(id);
  }

  /**
   * Before the index is written: a document whose files changed since it was indexed keeps its place
   * with the new stamp if what it was indexed from is still what the service holds (its journal was
   * only folded into its file); otherwise it is left out, to be indexed again when the cache is read.
   */
  private settleStamps(index: CorpusIndex): void {
    const present = new Set(this.source.documentIds());
    for (const id of index.ids()) {
      if (!present.has(id)) {
        index.remove(id);
        continue;
      }
      const stamp = this.source.filesStamp(id);
      if (index.stampOf(id) === stamp) continue;
      const seen = this.seen.get(id);
      const open = this.source.openSpans(id);
      const same = seen !== undefined && seen.summary === this.source.summary(id) && open === seen.spans;
      if (same && open !== undefined) index.restamp(id, stamp);
      else index.remove(id);
    }
  }

  private forget(index: CorpusIndex, id: string): void {
    index.remove(id);
    this.seen.delete(id);
  }

  private documentOrNull(id: string): CollateDocument | null {
    try {
      return this.source.document(id);
    } catch {
      return null;
    }
  }

  private scheduleSave(): void {
    if (!this.source.writable || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  private async save(): Promise<void> {
    if (!this.unwritten || !this.loadedIndex) return;
    this.unwritten = false;
    try {
      this.settleStamps(this.loadedIndex);
      const bytes = this.loadedIndex.toBytes();
      await makeWorkspaceFolder(this.source.root, SEARCH_CACHE_DIR);
      await writeWorkspaceFile(this.source.root, SEARCH_INDEX_FILE, bytes);
      await removeWorkspaceFile(this.source.root, OLD_INDEX_FILE);
    } catch {
      this.unwritten = true; // tried again on close; a cache that cannot be written is rebuilt next time
    }
  }
}
