import type { DocumentSummary, IndexedDocument } from '../../api/contract';
import { encodeLibraryRow, type LibraryPage } from '../../api/library-rows';
import type { CollateDocument } from '../../core/model';
import { CollateError } from '../../core/collate-error';
import { JsonStore } from '../json-store';
import { isGeneratedId } from '../new-id';
import { parseEnvelope } from '../store-envelope';
import { sameJson } from '../stable-json';
import { annotationsKind, documentKind, type AnnotationsFile } from '../store-kinds';
import { ANNOTATIONS_DIR, DOCUMENTS_DIR, annotationsFile, documentFile } from '../workspace-files';
import { listWorkspaceFolder } from '../workspace-fs';
import { readWorkspaceTextSync, workspaceFileStampSync } from '../workspace-fs-sync';
import { journalFile } from '../journal';
import { readIndexFile, writeIndexFile, type FileStamp, type IndexEntry } from './corpus-index-file';
import { countSpans, NO_SPANS } from './span-counts';
import { SpanLocations } from './span-locations';

/** How many full documents (with their text) stay in memory; the rest are read again when asked for. */
const LOADED_DOCUMENTS = 64;
const SAVE_AFTER_MS = 3000;

/** A document without its text (and previous text), as lists and import outcomes carry it. */
export const summarize = ({ text, previousText: _previous, ...rest }: CollateDocument): DocumentSummary => ({
  ...rest,
  length: text.length,
});
const sameStamp = (a: FileStamp | null | undefined, b: FileStamp | null): boolean =>
  (a ?? null) === null ? b === null : b !== null && a!.size === b.size && a!.mtimeMs === b.mtimeMs;
/** A file's stamp; null when it is missing or refused (a link), so that it never matches a stored stamp. */
function stampOf(root: string, file: string): FileStamp | null {
  try {
    return workspaceFileStampSync(root, file);
  } catch {
    return null;
  }
}
const titles = new Intl.Collator();
// importedAt is an ISO 8601 time: its characters order it. One collator, as localeCompare makes one per call.
const byImport = (a: DocumentSummary, b: DocumentSummary): number =>
  (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0) ||
  titles.compare(a.title, b.title) ||
  (a.id < b.id ? -1 : 1);

interface OpenContext {
  root: string;
  problems: string[];
  recovery: { onRecovered: (message: string) => void } | undefined;
  /** False for a read-only workspace: the index is then used but never written. */
  writable: boolean;
}

/**
 * The documents of a workspace without their texts: summaries and span counts come from a persisted
 * index (`.collate/cache/corpus-index.json`), so opening a workspace reads two folder listings and
 * one file whatever its size. A full document is read on first use and a few are kept. The index is
 * checked against the files' sizes and times (every file when the folders changed since it was
 * written) and entries that differ are read again; a missing or damaged index is rebuilt.
 */
export class DocumentCatalog {
  private readonly loaded = new Map<string, CollateDocument>();
  private readonly byHash = new Map<string, string>();
  private sorted: DocumentSummary[] | null = null;
  /** Documents whose span files changed this session: stamped again when the index is written. */
  private readonly restamp = new Set<string>();
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly locations: SpanLocations;

  private constructor(
    private readonly context: OpenContext,
    private readonly entries: Map<string, IndexEntry>,
  ) {
    for (const { summary } of entries.values()) this.noteHashes(summary);
    this.locations = new SpanLocations({
      root: context.root,
      writable: context.writable,
      spanFiles: () =>
        Array.from(this.entries, ([id, e]) => ({
          id,
          textSha256: e.summary.textSha256,
          annotations: e.annotations,
          journal: e.journal,
        })),
    });
  }

  /** The document holding each of these spans (ids held by none are left out). */
  locateSpans(ids: readonly string[]): Promise<Map<string, string>> {
    return this.locations.locate(ids);
  }

  static async open(context: OpenContext): Promise<DocumentCatalog> {
    const { root, problems } = context;
    let names: string[];
    let annotationNames: string[];
    try {
      names = ((await listWorkspaceFolder(root, DOCUMENTS_DIR)) ?? []).filter(
        (name) => name.endsWith('.json') && !name.startsWith('.'),
      );
      annotationNames = (await listWorkspaceFolder(root, ANNOTATIONS_DIR)) ?? [];
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return new DocumentCatalog(context, new Map());
    }
    const stored = readIndexFile(root);
    const known = new Map(Object.entries(stored?.entries ?? {}));
    const folders = DocumentCatalog.folderStamps(root);
    const unchanged =
      stored?.folders != null &&
      sameStamp(stored.folders.documents, folders.documents) &&
      sameStamp(stored.folders.annotations, folders.annotations) &&
      names.length === known.size &&
      names.every((name) => known.has(name.slice(0, -'.json'.length)));
    const entries = new Map<string, IndexEntry>();
    /** The span ids of the span files read for their counts, so that the span locations need not read them again. */
    const spanIdsRead = new Map<string, string[]>();
    let changed = !unchanged;
    const journals = new Set(annotationNames.filter((name) => name.endsWith('.journal')));
    for (const name of names.sort()) {
      const id = name.slice(0, -'.json'.length);
      const entry = known.get(id);
      // With folders untouched only journals can have grown; otherwise every file is checked.
      const fresh = unchanged
        ? entry && DocumentCatalog.journalUnchanged(root, id, entry, journals)
        : entry && DocumentCatalog.stampsUnchanged(root, id, entry);
      if (entry && fresh) {
        entries.set(id, entry);
        continue;
      }
      changed = true;
      const read = await DocumentCatalog.readEntry(context, name, entry, spanIdsRead);
      if (read) entries.set(id, read);
    }
    const catalog = new DocumentCatalog(context, entries);
    catalog.locations.seed(spanIdsRead, (id) => entries.get(id));
    if (changed) catalog.scheduleSave();
    return catalog;
  }

  ids(): string[] {
    return this.list().map((d) => d.id);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** A document's summary without reading its file. */
  summaryOf(id: string): DocumentSummary | undefined {
    return this.entries.get(id)?.summary;
  }

  /** In import order. */
  list(): DocumentSummary[] {
    this.sorted ??= [...this.entries.values()].map((e) => e.summary).sort(byImport);
    return this.sorted;
  }

  /** In import order, with span counts. */
  indexed(): IndexedDocument[] {
    return this.list().map((summary) => ({ ...summary, counts: this.entries.get(summary.id)!.counts }));
  }

  /** Rows `offset` to `offset + limit` of `indexed()` as library rows on the wire, and how many there are. */
  indexedWindow(offset: number, limit: number): LibraryPage {
    const all = this.list();
    const rows = all
      .slice(offset, offset + limit)
      .map((summary) => encodeLibraryRow({ ...summary, counts: this.entries.get(summary.id)!.counts }));
    return { total: all.length, rows };
  }

  /** A document with the same original bytes or the same text, if any. */
  duplicateOf(sha256: string, textSha256: string): DocumentSummary | undefined {
    const id = this.byHash.get(sha256) ?? this.byHash.get(textSha256);
    return id === undefined ? undefined : this.entries.get(id)?.summary;
  }

  /** The full document, read from its file on first use. */
  get(id: string): CollateDocument | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    let document = this.loaded.get(id);
    if (document) this.loaded.delete(id);
    else document = this.readFile(id, entry);
    this.loaded.set(id, document);
    if (this.loaded.size > LOADED_DOCUMENTS) this.loaded.delete(this.loaded.keys().next().value!);
    return document;
  }

  /**
   * The full document for a pass over the whole corpus: the one kept in memory if it is, else read
   * and let go, not kept. Kept documents outlive the young generation, so a pass reading every
   * document through `get` would leave all their texts behind as old garbage.
   */
  read(id: string): CollateDocument | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    return this.loaded.get(id) ?? this.readFile(id, entry);
  }

  private readFile(id: string, entry: IndexEntry): CollateDocument {
    const file = documentFile(id);
    const text = readWorkspaceTextSync(this.context.root, file);
    if (text === null) throw new CollateError('missing-file', `${file} is missing from the workspace.`);
    const document = parseEnvelope(file, text, documentKind).data;
    if (document.id !== id) {
      throw new CollateError('corrupt-file', `${file} holds document ${document.id}; it was left untouched.`);
    }
    // A file changed behind the index's back (an editor, a git checkout within the same second).
    if (!sameJson(summarize(document), entry.summary)) this.put(document);
    return document;
  }

  /** A document just written (imported, re-imported, edited). */
  put(document: CollateDocument): void {
    const previous = this.entries.get(document.id);
    const summary = summarize(document);
    this.entries.set(document.id, {
      summary,
      counts: previous?.counts ?? NO_SPANS,
      document: this.stamp(documentFile(document.id)) ?? { size: 0, mtimeMs: 0 },
      annotations: previous?.annotations ?? null,
      journal: previous?.journal ?? null,
    });
    this.loaded.delete(document.id);
    this.loaded.set(document.id, document);
    this.noteHashes(summary);
    this.sorted = null;
    this.scheduleSave();
  }

  /** A document just removed from the workspace (its files are gone). */
  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    for (const hash of [entry.summary.sha256, entry.summary.textSha256])
      if (this.byHash.get(hash) === id) this.byHash.delete(hash);
    this.entries.delete(id);
    this.loaded.delete(id);
    this.locations.forget(id);
    this.sorted = null;
    this.scheduleSave();
  }

  /** A document's spans as just saved. */
  noteSpans(id: string, data: AnnotationsFile): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.counts = countSpans(data.spans);
    this.locations.note(id, data.spans);
    this.restamp.add(id);
    this.scheduleSave();
  }

  /**
   * The stamps of a document's files as checked at open or since (its span files stamped again if they
   * changed this session), as one string: caches built from the document keep it to know they are current.
   */
  filesStamp(id: string): string | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    const spans = this.restamp.has(id)
      ? [this.stamp(annotationsFile(id)), this.stamp(journalFile(annotationsFile(id)))]
      : [entry.annotations, entry.journal];
    return JSON.stringify([entry.document, ...spans]);
  }

  /** Writes the index now, with the folders' stamps if nothing is waiting to be written. */
  saveSync(settled: boolean): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.locations.saveSync(settled);
    if (!this.context.writable) return;
    for (const id of this.restamp) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      entry.annotations = this.stamp(annotationsFile(id));
      entry.journal = this.stamp(journalFile(annotationsFile(id)));
    }
    this.restamp.clear();
    const folders = settled ? DocumentCatalog.folderStamps(this.context.root) : null;
    const ready = folders?.documents && folders.annotations ? { ...folders } : null;
    writeIndexFile(this.context.root, {
      folders: ready as { documents: FileStamp; annotations: FileStamp } | null,
      entries: Object.fromEntries(this.entries),
    });
  }

  private scheduleSave(): void {
    if (!this.context.writable || this.saveTimer) return;
    this.saveTimer = setTimeout(() => this.saveSync(false), SAVE_AFTER_MS);
    this.saveTimer.unref();
  }

  private noteHashes(summary: DocumentSummary): void {
    this.byHash.set(summary.sha256, summary.id);
    this.byHash.set(summary.textSha256, summary.id);
  }

  private stamp(file: string): FileStamp | null {
    return stampOf(this.context.root, file);
  }

  private static folderStamps(root: string): { documents: FileStamp | null; annotations: FileStamp | null } {
    return { documents: stampOf(root, DOCUMENTS_DIR), annotations: stampOf(root, ANNOTATIONS_DIR) };
  }

  private static journalUnchanged(root: string, id: string, entry: IndexEntry, journals: Set<string>): boolean {
    const name = `${id}.json.journal`;
    if (!journals.has(name)) return entry.journal === null;
    return sameStamp(entry.journal, workspaceFileStampSync(root, journalFile(annotationsFile(id))));
  }

  private static stampsUnchanged(root: string, id: string, entry: IndexEntry): boolean {
    try {
      return (
        sameStamp(entry.document, workspaceFileStampSync(root, documentFile(id))) &&
        sameStamp(entry.annotations, workspaceFileStampSync(root, annotationsFile(id))) &&
        sameStamp(entry.journal, workspaceFileStampSync(root, journalFile(annotationsFile(id))))
      );
    } catch {
      return false;
    }
  }

  /**
   * Reads one document and its spans into an entry. A file whose id is not a generated id, or not
   * its own name, is reported as damaged and left alone, so two files claiming one id never collapse.
   */
  private static async readEntry(
    { root, problems, recovery }: OpenContext,
    name: string,
    previous: IndexEntry | undefined,
    spanIdsRead: Map<string, string[]>,
  ): Promise<IndexEntry | undefined> {
    const file = `${DOCUMENTS_DIR}/${name}`;
    try {
      const named = name.slice(0, -'.json'.length);
      const stampsOf = (id: string) => ({
        // A linked span file is left to its store, which refuses it with a message when it is opened.
        document: stampOf(root, documentFile(id)) ?? { size: 0, mtimeMs: 0 },
        annotations: stampOf(root, annotationsFile(id)),
        journal: stampOf(root, journalFile(annotationsFile(id))),
      });
      let summary: DocumentSummary;
      let stamps: ReturnType<typeof stampsOf>;
      if (previous && isGeneratedId(named, 'd') && sameStamp(previous.document, (stamps = stampsOf(named)).document)) {
        summary = previous.summary;
      } else {
        const document = (await JsonStore.open(root, file, documentKind, null, recovery)).data;
        const id = document.id;
        if (!isGeneratedId(id, 'd')) {
          problems.push(
            `${file} is damaged: its id ${JSON.stringify(id.slice(0, 80))} is not a Collate document id; it was left untouched.`,
          );
          return undefined;
        }
        if (`${id}.json` !== name) {
          problems.push(
            `${file} is damaged: it holds document ${id}, which belongs in ${documentFile(id)}; it was left untouched.`,
          );
          return undefined;
        }
        summary = summarize(document);
        stamps = stampsOf(id);
      }
      const id = summary.id;
      let counts = NO_SPANS;
      if (
        previous &&
        sameStamp(previous.annotations, stamps.annotations) &&
        sameStamp(previous.journal, stamps.journal)
      )
        counts = previous.counts;
      else if (stamps.annotations || stamps.journal) {
        const empty = { documentId: id, textSha256: summary.textSha256, spans: [] };
        // Read only: a damaged file is reported (and recovered) when its document is opened.
        counts = await JsonStore.open(root, annotationsFile(id), annotationsKind, empty).then(
          (store) => {
            spanIdsRead.set(
              id,
              store.data.spans.map((span) => span.id),
            );
            return countSpans(store.data.spans);
          },
          () => NO_SPANS,
        );
      } else spanIdsRead.set(id, []);
      return { summary, counts, ...stamps };
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }
}
