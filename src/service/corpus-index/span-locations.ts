import { join } from 'node:path';
import type { SpanAnnotation } from '../../core/model';
import { journalFile } from '../journal';
import { JsonStore } from '../json-store';
import { isGeneratedId } from '../new-id';
import { annotationsKind } from '../store-kinds';
import { annotationsFile } from '../workspace-files';
import {
  makeWorkspaceFolderSync,
  readWorkspaceTextSync,
  workspaceFileStampSync,
  writeWorkspaceFileSync,
} from '../workspace-fs-sync';
import { CACHE_DIR, type FileStamp } from './corpus-index-file';

export const SPAN_LOCATIONS_FILE = join(CACHE_DIR, 'span-locations.json');
const SAVE_AFTER_MS = 3000;

type Stamp = FileStamp | null;
interface Located {
  annotations: Stamp;
  journal: Stamp;
  ids: string[];
}
interface LocationsFile {
  $collate: 'span-locations';
  $version: 1;
  /** Per document: the stamps of its span file and journal when its ids were read, and the ids. */
  documents: Record<string, Located>;
}

const isStamp = (x: unknown): x is Stamp =>
  x === null ||
  (typeof x === 'object' &&
    typeof (x as FileStamp).size === 'number' &&
    (x as FileStamp).size >= 0 &&
    typeof (x as FileStamp).mtimeMs === 'number' &&
    (x as FileStamp).mtimeMs >= 0);

/** The file's shape, checked by hand: at 10,000 documents it holds half a million ids, which a schema checks slowly. */
function isLocationsFile(x: unknown): x is LocationsFile {
  if (typeof x !== 'object' || x === null) return false;
  const file = x as Partial<LocationsFile>;
  if (file.$collate !== 'span-locations' || file.$version !== 1) return false;
  if (typeof file.documents !== 'object' || file.documents === null || Array.isArray(file.documents)) return false;
  for (const entry of Object.values(file.documents as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) return false;
    const { annotations, journal, ids } = entry as Partial<Located>;
    if (!isStamp(annotations) || !isStamp(journal) || !Array.isArray(ids)) return false;
    for (const id of ids) if (typeof id !== 'string') return false;
  }
  return true;
}

/** What the locations need of the workspace: where it is, and what the corpus index knows of each span file. */
export interface LocationSource {
  root: string;
  writable: boolean;
  /** Every document with the stamps of its span file and journal as the corpus index holds them. */
  spanFiles(): Iterable<{ id: string; textSha256: string; annotations: FileStamp | null; journal: FileStamp | null }>;
}

const sameStamp = (a: FileStamp | null, b: FileStamp | null): boolean =>
  a === null ? b === null : b !== null && a.size === b.size && a.mtimeMs === b.mtimeMs;

function stampOf(root: string, file: string): FileStamp | null {
  try {
    return workspaceFileStampSync(root, file);
  } catch {
    return null;
  }
}

function readLocationsFile(root: string): LocationsFile | null {
  try {
    const text = readWorkspaceTextSync(root, SPAN_LOCATIONS_FILE);
    if (text === null) return null;
    const parsed: unknown = JSON.parse(text);
    return isLocationsFile(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Which document holds each span, so that links and claim groups (which name spans only) can be
 * followed without reading every span file. Read on first use from `.collate/cache/span-locations.json`,
 * each document checked against the stamps the corpus index holds for its span file (read again
 * when they differ), kept up to date by every saved edit, and written back when it changed.
 */
export class SpanLocations {
  private byDocument: Map<string, Located> | null = null;
  /** Span ids seen in this session (a file opened or saved), by document: newer than any cache. */
  private readonly seen = new Map<string, readonly string[]>();
  /** Span files the corpus index read as it opened, until the locations are loaded or saved. */
  private readAtOpen = new Map<string, Located>();
  private loading: Promise<Map<string, Located>> | null = null;
  private dirty = false;
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(private readonly source: LocationSource) {}

  /**
   * The span ids the corpus index read from span files as it opened (with the stamps it keeps for
   * them): used instead of reading those files again, and written to the cache at the next save.
   */
  seed(
    read: ReadonlyMap<string, string[]>,
    stampsOf: (id: string) => Pick<Located, 'annotations' | 'journal'> | undefined,
  ): void {
    for (const [id, ids] of read) {
      const stamps = stampsOf(id);
      if (stamps) this.readAtOpen.set(id, { annotations: stamps.annotations, journal: stamps.journal, ids });
    }
    if (this.readAtOpen.size > 0) this.scheduleSave();
  }

  /** A document's spans as just read or saved. */
  note(documentId: string, spans: readonly SpanAnnotation[]): void {
    const ids = spans.map((s) => s.id);
    this.seen.set(documentId, ids);
    if (!this.byDocument) return;
    this.put(documentId, { annotations: null, journal: null, ids });
    this.scheduleSave();
  }

  /** A document just removed. */
  forget(documentId: string): void {
    this.seen.delete(documentId);
    if (!this.byDocument) return;
    this.put(documentId, null);
    this.scheduleSave();
  }

  /**
   * The document holding each of these spans; ids held by no document are left out. The documents'
   * lists are walked (a few milliseconds for half a million ids) rather than kept in a map by span,
   * whose making cost seconds at 10,000 documents before the first answer.
   */
  async locate(ids: readonly string[]): Promise<Map<string, string>> {
    const byDocument = await this.load();
    const wanted = new Set(ids);
    const found = new Map<string, string>();
    if (wanted.size === 0) return found;
    for (const [documentId, entry] of byDocument) {
      for (const id of entry.ids) if (wanted.has(id) && !found.has(id)) found.set(id, documentId);
      if (found.size === wanted.size) break;
    }
    return found;
  }

  /** Writes the locations now if they changed; `settled` (on close) stamps the documents of this session again. */
  saveSync(settled = false): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (settled && this.seen.size > 0) this.dirty = true;
    if (!this.dirty || !this.source.writable) return;
    const { root } = this.source;
    const documents: LocationsFile['documents'] = {};
    if (!this.byDocument) {
      // Not needed yet in this session: what the index read at open joins the cache as it is.
      if (this.readAtOpen.size === 0) return;
      const present = new Set(Array.from(this.source.spanFiles(), (f) => f.id));
      const cached = readLocationsFile(root)?.documents ?? {};
      for (const [id, entry] of Object.entries(cached)) if (present.has(id)) documents[id] = entry;
      for (const [id, entry] of this.readAtOpen) if (present.has(id)) documents[id] = entry;
      for (const [id, ids] of this.seen) if (present.has(id)) documents[id] = this.stamped(id, ids);
      this.readAtOpen.clear();
      this.write(documents);
      return;
    }
    for (const [id, entry] of this.byDocument) {
      // Edited in this session: stamped as the files are now, after the edit.
      documents[id] = this.seen.has(id) ? this.stamped(id, entry.ids) : entry;
    }
    this.write(documents);
  }

  /** A document's ids with its span files' stamps as they are now. */
  private stamped(id: string, ids: readonly string[]): Located {
    const { root } = this.source;
    return {
      annotations: stampOf(root, annotationsFile(id)),
      journal: stampOf(root, journalFile(annotationsFile(id))),
      ids: [...ids],
    };
  }

  private write(documents: LocationsFile['documents']): void {
    try {
      makeWorkspaceFolderSync(this.source.root, CACHE_DIR);
      const file: LocationsFile = { $collate: 'span-locations', $version: 1, documents };
      writeWorkspaceFileSync(this.source.root, SPAN_LOCATIONS_FILE, JSON.stringify(file));
      this.dirty = false;
    } catch {
      // A cache that cannot be written is read again from the span files next time.
    }
  }

  private load(): Promise<Map<string, Located>> {
    this.loading ??= this.readAll().then((documents) => {
      this.byDocument = new Map();
      // Documents removed, opened or saved while the files were being read are taken as they are now.
      const present = new Set(Array.from(this.source.spanFiles(), (f) => f.id));
      for (const [id, entry] of documents) if (present.has(id)) this.put(id, entry);
      for (const [id, ids] of this.seen)
        if (present.has(id)) this.put(id, { annotations: null, journal: null, ids: [...ids] });
      return this.byDocument;
    });
    return this.loading;
  }

  private async readAll(): Promise<Map<string, Located>> {
    const { root } = this.source;
    const cached = readLocationsFile(root)?.documents ?? {};
    const documents = new Map<string, Located>();
    let changed = false;
    for (const file of this.source.spanFiles()) {
      const seen = this.seen.get(file.id);
      const atOpen = this.readAtOpen.get(file.id);
      const entry = atOpen && sameStamp(atOpen.annotations, file.annotations) ? atOpen : cached[file.id];
      if (entry === atOpen && atOpen) changed = true;
      if (seen) {
        documents.set(file.id, { annotations: null, journal: null, ids: [...seen] });
        changed = true;
      } else if (entry && sameStamp(entry.annotations, file.annotations) && sameStamp(entry.journal, file.journal)) {
        documents.set(file.id, entry);
      } else {
        changed = true;
        documents.set(file.id, { annotations: file.annotations, journal: file.journal, ids: await this.readIds(file) });
      }
    }
    this.readAtOpen.clear();
    if (changed || Object.keys(cached).length !== documents.size) {
      this.dirty = true;
      this.scheduleSave();
    }
    return documents;
  }

  /** The ids in a document's span file; none when it is missing or damaged (its store reports that when opened). */
  private async readIds(file: { id: string; textSha256: string; annotations: FileStamp | null }): Promise<string[]> {
    if (!isGeneratedId(file.id, 'd')) return [];
    const empty = { documentId: file.id, textSha256: file.textSha256, spans: [] };
    return JsonStore.open(this.source.root, annotationsFile(file.id), annotationsKind, empty).then(
      (store) => store.data.spans.map((s) => s.id),
      () => [],
    );
  }

  private put(documentId: string, entry: Located | null): void {
    if (entry) this.byDocument!.set(documentId, entry);
    else this.byDocument!.delete(documentId);
  }

  private scheduleSave(): void {
    this.dirty = true;
    if (!this.source.writable || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.saveSync(), SAVE_AFTER_MS);
    this.saveTimer.unref();
  }
}
