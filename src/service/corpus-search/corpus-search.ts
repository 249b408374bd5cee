import { join } from 'node:path';
import type { CorpusHit, DocumentSummary } from '../../api/contract';
import type { CollateDocument, SpanAnnotation } from '../../core/model';
import { journalFile } from '../journal';
import { sha256 } from '../sha256';
import { annotationsFile } from '../workspace-files';
import { makeWorkspaceFolder, readWorkspaceText, workspaceFileVersion, writeWorkspaceFile } from '../workspace-fs';
import { makeWorkspaceFolderSync, writeWorkspaceFileSync } from '../workspace-fs-sync';
import { CorpusIndex } from './corpus-index';
import { hitOf } from './search-hits';

export const SEARCH_CACHE_DIR = join('.collate', 'cache');
/** The index cache: ignored by git (`.collate/`), rebuilt when missing, stale or damaged. */
export const SEARCH_INDEX_FILE = join(SEARCH_CACHE_DIR, 'search-index.json');
const SAVE_DELAY_MS = 1500;

/** What the search needs of the workspace. */
export interface SearchSource {
  root: string;
  /** False for a read-only workspace: the index is then kept in memory only. */
  writable: boolean;
  documentIds(): string[];
  document(id: string): CollateDocument;
  /** A document's details without its text (a new object whenever they change), read without its file. */
  summary(id: string): DocumentSummary;
  spansOf(id: string): Promise<readonly SpanAnnotation[]>;
  /** The spans in memory when the document's annotation file is open; every edit replaces the array. */
  openSpans(id: string): readonly SpanAnnotation[] | undefined;
}

/** Where the index came from when it was first needed in this session. */
export type IndexOrigin = 'cache' | 'rebuilt';

/**
 * Full-text search over every document and annotation of a workspace. The index is read from the
 * cache on first use and brought up to date document by document: on disk by each document's
 * stamp (its text, details and annotation files' times and sizes), in this session by the identity
 * of the document and span arrays the service holds, which every edit replaces.
 */
export class CorpusSearch {
  private ready: Promise<CorpusIndex> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** What each document was indexed from: its summary (not its text, which is read only to index it) and spans. */
  private readonly seen = new Map<string, { summary: DocumentSummary; spans?: readonly SpanAnnotation[] }>();
  private dirty = false;
  private saveTimer: NodeJS.Timeout | undefined;
  origin: IndexOrigin | null = null;

  constructor(private readonly source: SearchSource) {}

  /** The best `limit` hits for a query, each naming where it is. */
  async search(query: string, limit: number): Promise<CorpusHit[]> {
    const index = await this.current();
    const hits: CorpusHit[] = [];
    for (const match of index.match(query)) {
      if (hits.length >= limit) break;
      const document = this.documentOrNull(match.documentId);
      if (document) hits.push(hitOf(document, match));
    }
    return hits;
  }

  /** Writes a changed index now (on close). */
  flushSync(): void {
    clearTimeout(this.saveTimer);
    if (!this.dirty || !this.source.writable || !this.loadedIndex) return;
    try {
      makeWorkspaceFolderSync(this.source.root, SEARCH_CACHE_DIR);
      writeWorkspaceFileSync(this.source.root, SEARCH_INDEX_FILE, JSON.stringify(this.loadedIndex.toFile()));
      this.dirty = false;
    } catch {
      // A cache that cannot be written is rebuilt next time; the workspace itself is untouched.
    }
  }

  private loadedIndex: CorpusIndex | null = null;

  /** The index, loaded once, with every document changed since brought up to date (one caller at a time). */
  private current(): Promise<CorpusIndex> {
    const next = this.queue.then(async () => {
      this.ready ??= this.load();
      const index = await this.ready;
      await this.refresh(index);
      return index;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<CorpusIndex> {
    let index: CorpusIndex | null = null;
    try {
      const text = await readWorkspaceText(this.source.root, SEARCH_INDEX_FILE);
      if (text !== null) index = CorpusIndex.fromFile(JSON.parse(text));
    } catch {
      index = null; // damaged, foreign or a link: rebuilt below, never followed or trusted
    }
    this.origin = index ? 'cache' : 'rebuilt';
    index ??= CorpusIndex.empty();
    const ids = this.source.documentIds();
    for (const id of ids) {
      const summary = this.source.summary(id);
      const stamp = await this.stampOf(summary);
      if (index.documents.get(id)?.stamp === stamp) {
        this.seen.set(id, { summary, spans: this.source.openSpans(id) });
        continue;
      }
      await this.index(index, id, stamp);
    }
    const present = new Set(ids);
    for (const id of [...index.documents.keys()]) if (!present.has(id)) this.forget(index, id);
    this.loadedIndex = index;
    if (this.dirty) this.scheduleSave();
    return index;
  }

  /** Re-indexes the documents edited, added or removed since the last query. */
  private async refresh(index: CorpusIndex): Promise<void> {
    const ids = this.source.documentIds();
    for (const id of ids) {
      const seen = this.seen.get(id);
      const summary = this.source.summary(id);
      const open = this.source.openSpans(id);
      if (seen && seen.summary === summary && (open === undefined || open === seen.spans)) continue;
      await this.index(index, id, await this.stampOf(summary));
    }
    if (this.seen.size > ids.length) {
      const present = new Set(ids);
      for (const id of [...this.seen.keys()]) if (!present.has(id)) this.forget(index, id);
    }
    if (this.dirty) this.scheduleSave();
  }

  private async index(index: CorpusIndex, id: string, stamp: string): Promise<void> {
    const document = this.source.document(id);
    const spans = await this.source.spansOf(id);
    index.put(document, spans, stamp);
    this.seen.set(id, { summary: this.source.summary(id), spans: this.source.openSpans(id) ?? spans });
    this.dirty = true;
  }

  private forget(index: CorpusIndex, id: string): void {
    index.remove(id);
    this.seen.delete(id);
    this.dirty = true;
  }

  private async stampOf(summary: DocumentSummary): Promise<string> {
    const { title, outlet, author, published, source, note, tags, textSha256 } = summary;
    const details = sha256(JSON.stringify([title, outlet, author, published, source, note, tags, textSha256]));
    const file = annotationsFile(summary.id);
    const versions = await Promise.all([
      workspaceFileVersion(this.source.root, file).catch(() => 'unreadable'),
      workspaceFileVersion(this.source.root, journalFile(file)).catch(() => 'unreadable'),
    ]);
    return `${details}|${versions.join('|')}`;
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
    if (!this.dirty || !this.loadedIndex) return;
    this.dirty = false;
    try {
      await makeWorkspaceFolder(this.source.root, SEARCH_CACHE_DIR);
      await writeWorkspaceFile(this.source.root, SEARCH_INDEX_FILE, JSON.stringify(this.loadedIndex.toFile()));
    } catch {
      this.dirty = true; // tried again on close; a cache that cannot be written is rebuilt next time
    }
  }
}
