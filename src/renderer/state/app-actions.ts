import type { CollateApi } from '../../api/client';
import type { DatasetExportOptions, ImportOutcome, ResultOf, Suggestion } from '../../api/contract';
import type { ClaimGroup, LabelSchema, Relation, SpanAnnotation } from '../../core/model';
import type { Result } from '../../core/result';
import { validateSpanRange } from '../../core/span-range';
import { captureQuote } from '../../core/quote';
import { bytesToBase64 } from '../api/base64';
import { saveReportPdf } from '../api/desktop';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../core/text-from-file';
import { clearKeyboardSelection, clearSelection, currentSelection, previewSpans, scrollToSpan } from '../editor/pane-registry';
import { snapToWords } from '../editor/text-navigation';
import { downloadBytes, downloadText } from '../lib/download';
import { zipTextFiles } from '../lib/zip';
import type { AnnotationFilter } from './annotation-filter';
import {
  activeDocumentId,
  documentOfSpan,
  dropSpan,
  findSpan,
  putSpan,
  type AppState,
  type DialogName,
  type Layout,
  type MainView,
} from './app-state';
import { hasAnnotatedFiles, importChunks } from './import-chunks';
import { followExportJob, type FollowJob } from './follow-export-job';
import { groupOf } from './links';
import { closePane, markPaneUsed, openPane, parseStoredPanes, type Panes } from './open-panes';
import { compileQuery, findMatches, stepHit } from './search';
import type { Store } from './store';
import { UndoStack, type Command } from './undo-stack';
import { appendSpan, replaceSpan } from './span-list';

const MAX_ALERTS = 5;
/** Files per import call: small enough to show progress and to stop between chunks. */
const IMPORT_CHUNK = 5;
let alertCounter = 0;
let pendingCounter = 0;

const storageKey = (workspacePath: string): string => `collate.openDocuments:${workspacePath}`;
const PREFS_KEY = 'collate.preferences';
const suggestionsKey = (workspacePath: string): string => `collate.suggestions:${workspacePath}`;

/** Ids to accept for one suggestion: a claim brings its still-open source and cue along. */
export function idsToAccept(suggestion: Suggestion, open: readonly Suggestion[]): string[] {
  const ids = [suggestion.id];
  if (suggestion.label === 'Claim') {
    for (const linked of [suggestion.links?.sourceId, suggestion.links?.cueId]) {
      if (linked && open.some((s) => s.id === linked)) ids.push(linked);
    }
  }
  return ids;
}

function describeOutcome(outcome: ImportOutcome, titleOf: (idOrTitle: string) => string): string {
  switch (outcome.status) {
    case 'imported':
      return `${outcome.file} — imported`;
    case 'duplicate':
      return `${outcome.file} — duplicate of ${titleOf(outcome.existing)}`;
    case 'failed':
      return `${outcome.file} — failed: ${outcome.reason}`;
    case 'skipped':
      return `${outcome.file} — skipped: ${outcome.reason}`;
  }
}

export type AppActions = ReturnType<typeof createActions>;

export interface SpanChanges {
  label?: string;
  attributes?: Record<string, string>;
  note?: string;
}

export interface DocumentChanges {
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  note?: string;
}

export function createActions(api: CollateApi, store: Store<AppState>) {
  const alert = (message: string): void =>
    store.set((s) => ({ ...s, alerts: [...s.alerts, { id: ++alertCounter, message }].slice(-MAX_ALERTS) }));

  let cancelRequested = false;

  const history = new UndoStack((undo) => store.set((s) => ({ ...s, undo })));

  /** Runs one write, keeping the save status honest. */
  async function write<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
    store.set((s) => ({ ...s, pendingWrites: s.pendingWrites + 1 }));
    const result = await call();
    store.set((s) => ({
      ...s,
      pendingWrites: s.pendingWrites - 1,
      saveError: result.ok ? (s.pendingWrites > 1 ? s.saveError : null) : result.error.message,
    }));
    return result;
  }

  /** A write whose failure the user is told about; the value, or null. */
  async function must<T>(what: string, call: () => Promise<Result<T>>): Promise<T | null> {
    const result = await write(call);
    if (result.ok) return result.value;
    alert(`${what}: ${result.error.message}`);
    return null;
  }

  /** The report made as a job in the service; null (and an alert on failure) when there is none to save. */
  async function reportFile(format: 'html' | 'md', follow: FollowJob): Promise<{ fileName: string; mediaType: string; content: string } | null> {
    const result = await followExportJob(api, { kind: 'report', format }, follow);
    if (!result.ok) alert(`The report could not be made: ${result.error.message}`);
    return result.ok && result.value?.kind === 'report' ? result.value.file : null;
  }

  function savePrefs(): void {
    const s = store.get();
    try {
      localStorage.setItem(
        PREFS_KEY,
        JSON.stringify({ layout: s.layout, syncScroll: s.syncScroll, snapToWords: s.snapToWords, hideBoilerplate: s.hideBoilerplate, inspectorHidden: s.inspectorHidden }),
      );
    } catch {
      // Preferences then last for this session only.
    }
  }

  function loadPrefs(): void {
    try {
      const p = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as Partial<AppState>;
      store.set((s) => ({
        ...s,
        layout: p.layout === 'rows' || p.layout === 'grid' ? p.layout : 'columns',
        syncScroll: p.syncScroll === true,
        snapToWords: p.snapToWords === true,
        hideBoilerplate: p.hideBoilerplate === true,
        inspectorHidden: p.inspectorHidden === true,
      }));
    } catch {
      // Defaults.
    }
  }

  function setPanes(panes: Panes): void {
    const before = store.get();
    if (before.openIds === panes.openIds && before.recency === panes.recency) return;
    store.set((s) => ({ ...s, ...panes }));
    const path = store.get().workspace?.path;
    if (path) {
      try {
        localStorage.setItem(storageKey(path), JSON.stringify({ openIds: panes.openIds, recency: panes.recency }));
      } catch {
        // Storage can be full or disabled; the panes then just do not survive a reload.
      }
    }
  }

  async function loadSpans(id: string): Promise<void> {
    const spans = await api.listAnnotations({ documentId: id });
    if (!spans.ok) return alert(`Could not load the annotations of a document: ${spans.error.message}`);
    store.set((s) => ({ ...s, annotations: { ...s.annotations, [id]: spans.value } }));
  }

  async function loadDocument(id: string, force = false): Promise<boolean> {
    if (store.get().loaded[id] && !force) return true;
    const known = !force && store.get().annotations[id];
    const [doc, spans] = await Promise.all([
      api.getDocument({ id }),
      known ? Promise.resolve({ ok: true as const, value: known as SpanAnnotation[] }) : api.listAnnotations({ documentId: id }),
    ]);
    if (!doc.ok) {
      alert(`Could not open the document: ${doc.error.message}`);
      return false;
    }
    if (!spans.ok) alert(`Could not load the annotations of “${doc.value.title}”: ${spans.error.message}`);
    store.set((s) => ({
      ...s,
      loaded: { ...s.loaded, [id]: doc.value },
      annotations: { ...s.annotations, [id]: spans.ok ? spans.value : [] },
    }));
    return true;
  }

  async function refreshDocuments(): Promise<void> {
    const docs = await api.listDocuments({});
    if (!docs.ok) return alert(`Could not list the documents: ${docs.error.message}`);
    store.set((s) => ({ ...s, documents: docs.value }));
  }

  async function refreshLinks(): Promise<void> {
    const links = await api.listRelations({});
    if (!links.ok) return alert(`Could not load the links: ${links.error.message}`);
    store.set((s) => ({ ...s, relations: links.value.relations, claimGroups: links.value.claimGroups }));
  }

  function focusPane(id: string): void {
    requestAnimationFrame(() => {
      const pane = document.querySelector<HTMLElement>(`[data-pane-id="${CSS.escape(id)}"]`);
      pane?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      pane?.focus({ preventScroll: true });
    });
  }

  const putRelation = (r: Relation): void =>
    store.set((s) => ({ ...s, relations: s.relations.some((x) => x.id === r.id) ? s.relations : [...s.relations, r] }));
  const dropRelation = (id: string): void => store.set((s) => ({ ...s, relations: s.relations.filter((r) => r.id !== id) }));
  const putGroup = (g: ClaimGroup): void =>
    store.set((s) => ({
      ...s,
      claimGroups: s.claimGroups.some((x) => x.id === g.id) ? s.claimGroups.map((x) => (x.id === g.id ? g : x)) : [...s.claimGroups, g],
    }));
  const dropGroup = (id: string): void => store.set((s) => ({ ...s, claimGroups: s.claimGroups.filter((g) => g.id !== id) }));

  // ---- primitive edits, each reflected in the state; used by commands and their undo ----------

  async function restoreSpan(span: SpanAnnotation): Promise<boolean> {
    const restored = await must('Could not put the annotation back', () => api.restoreAnnotation({ span }));
    if (!restored) return false;
    store.set((s) => putSpan(s, restored));
    return true;
  }

  async function removeSpan(span: SpanAnnotation): Promise<{ relations: Relation[]; claimGroups: ClaimGroup[] } | null> {
    store.set((s) => dropSpan(s, span.documentId, span.id));
    const result = await write(() => api.deleteAnnotation({ documentId: span.documentId, id: span.id }));
    if (!result.ok) {
      store.set((s) => putSpan(s, span));
      alert(`Could not delete the annotation: ${result.error.message}`);
      return null;
    }
    await refreshLinks();
    return { relations: result.value.relations, claimGroups: result.value.claimGroups };
  }

  async function restoreRelation(r: Relation): Promise<boolean> {
    const made = await must('Could not put the link back', () =>
      api.createRelation({ id: r.id, type: r.type, from: r.from, to: r.to, author: r.author, created: r.created }),
    );
    if (made) putRelation(made);
    return !!made;
  }

  async function removeRelation(id: string): Promise<boolean> {
    const gone = await must('Could not remove the link', () => api.deleteRelation({ id }));
    if (gone) dropRelation(id);
    return !!gone;
  }

  async function saveGroup(group: { id?: string; statement: string; members: string[] }): Promise<ClaimGroup | null> {
    const saved = await must('Could not save the claim group', () => api.saveClaimGroup(group));
    if (saved) putGroup(saved);
    return saved;
  }

  async function removeGroup(id: string): Promise<boolean> {
    const gone = await must('Could not delete the claim group', () => api.deleteClaimGroup({ id }));
    if (gone) dropGroup(id);
    return !!gone;
  }

  async function updateSpan(span: SpanAnnotation, changes: SpanChanges): Promise<SpanAnnotation | null> {
    const updated = await must('Could not change the annotation', () =>
      api.updateAnnotation({ documentId: span.documentId, id: span.id, ...changes }),
    );
    if (updated) store.set((s) => putSpan(s, updated));
    return updated;
  }

  async function updateDoc(id: string, changes: DocumentChanges): Promise<boolean> {
    const summary = await must('Could not save the document details', () => api.updateDocument({ id, ...changes }));
    if (!summary) return false;
    store.set((s) => {
      const doc = s.loaded[id];
      const { length: _length, ...fields } = summary;
      return {
        ...s,
        documents: s.documents.map((d) => (d.id === id ? summary : d)),
        loaded: doc ? { ...s.loaded, [id]: { ...fields, text: doc.text } } : s.loaded,
      };
    });
    return true;
  }

  /** A group the service still holds (its latest members), or undefined. */
  const currentGroup = (id: string): ClaimGroup | undefined => store.get().claimGroups.find((g) => g.id === id);

  // ---- commands -------------------------------------------------------------------------------

  function deleteCommand(span: SpanAnnotation, links: { relations: Relation[]; claimGroups: ClaimGroup[] }): Command {
    let saved = links;
    return {
      name: `delete ${span.label}`,
      async undo() {
        if (!(await restoreSpan(span))) return false;
        for (const r of saved.relations) await restoreRelation(r);
        for (const g of saved.claimGroups) await saveGroup({ id: g.id, statement: g.statement, members: [...g.members] });
        await refreshLinks();
        return true;
      },
      async redo() {
        const again = await removeSpan(span);
        if (again) saved = again;
        return !!again;
      },
    };
  }

  function createSpanCommand(span: SpanAnnotation): Command {
    let links: { relations: Relation[]; claimGroups: ClaimGroup[] } = { relations: [], claimGroups: [] };
    return {
      name: `tag ${span.label}`,
      async undo() {
        const gone = await removeSpan(span);
        if (gone) links = gone;
        return !!gone;
      },
      async redo() {
        if (!(await restoreSpan(span))) return false;
        for (const r of links.relations) await restoreRelation(r);
        for (const g of links.claimGroups) await saveGroup({ id: g.id, statement: g.statement, members: [...g.members] });
        return true;
      },
    };
  }

  function relationCommand(relation: Relation): Command {
    return {
      name: `link ${relation.type}`,
      undo: () => removeRelation(relation.id),
      redo: () => restoreRelation(relation),
    };
  }

  /** Replacing a group's members or statement; `before` null when the group was new. */
  function groupCommand(name: string, before: ClaimGroup | null, after: ClaimGroup | null): Command {
    const put = async (g: ClaimGroup | null, other: ClaimGroup | null): Promise<boolean> => {
      if (g) return !!(await saveGroup({ id: g.id, statement: g.statement, members: [...g.members] }));
      return other ? removeGroup(other.id) : true;
    };
    return { name, undo: () => put(before, after), redo: () => put(after, before) };
  }

  async function createTagged(label: string, documentId: string, start: number, end: number, fragments?: Array<{ start: number; end: number }>): Promise<Command | null> {
    const doc = store.get().loaded[documentId];
    if (!doc) return null;
    const now = new Date().toISOString();
    const captured = captureQuote(doc.text, start, end);
    const draft: SpanAnnotation = {
      id: `pending-${++pendingCounter}`,
      documentId,
      label,
      start,
      end,
      ...captured,
      quote: fragments ? fragments.map((f) => doc.text.slice(f.start, f.end)).join(' ') : captured.quote,
      ...(fragments ? { fragments } : {}),
      attributes: {},
      author: '',
      created: now,
      modified: now,
    };
    const replace = (s: AppState, by: SpanAnnotation | null): AppState => ({
      ...s,
      annotations: {
        ...s.annotations,
        [documentId]: replaceSpan(s.annotations[documentId] ?? [], draft.id, by),
      },
      selectedAnnotationId: s.selectedAnnotationId === draft.id ? (by?.id ?? null) : s.selectedAnnotationId,
    });
    store.set((s) => ({
      ...s,
      annotations: { ...s.annotations, [documentId]: appendSpan(s.annotations[documentId] ?? [], draft) },
      selectedAnnotationId: draft.id,
    }));
    previewSpans(documentId, store.get().annotations[documentId] ?? [], draft.id);
    setPanes(markPaneUsed(store.get(), documentId));
    // "Saving…" at once, the highlight drawn first, the request sent in the next task.
    const result = await write(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return api.createAnnotation({ documentId, label, start, end, ...(fragments ? { fragments } : {}) });
    });
    if (result.ok) {
      store.set((s) => replace(s, result.value));
      return createSpanCommand(result.value);
    }
    store.set((s) => replace(s, null));
    alert(`Could not tag “${draft.quote}” in “${doc.title}” as ${label}: ${result.error.message}`);
    return null;
  }

  function scrollPeers(id: string, exceptDocumentId: string | null): void {
    const state = store.get();
    const group = groupOf(id, state.claimGroups);
    if (!group) return;
    const done = new Set<string>();
    requestAnimationFrame(() => {
      for (const member of group.members) {
        if (member === id) continue;
        const doc = documentOfSpan(state, member);
        if (!doc || doc === exceptDocumentId || done.has(doc) || !state.openIds.includes(doc)) continue;
        done.add(doc);
        scrollToSpan(doc, member, 'auto', findSpan(state, member)?.start);
      }
    });
  }

  function runSearch(): void {
    const s = store.get();
    const compiled = compileQuery({ text: s.search.text, regex: s.search.regex });
    if (!compiled.ok) {
      store.set((st) => ({ ...st, search: { ...st.search, hits: [], current: -1, error: compiled.error } }));
      return;
    }
    const active = activeDocumentId(s);
    const ids = s.search.scope === 'active' ? (active ? [active] : []) : s.openIds;
    const hits = ids.flatMap((id) => {
      const doc = s.loaded[id];
      return doc ? findMatches(id, doc.text, compiled.re) : [];
    });
    store.set((st) => ({ ...st, search: { ...st.search, hits, current: hits.length > 0 ? 0 : -1, error: null } }));
  }

  function selectAnnotation(id: string | null, options: { scroll: boolean } = { scroll: false }): void {
    store.set((s) => (s.selectedAnnotationId === id && !s.spanPicker ? s : { ...s, selectedAnnotationId: id, spanPicker: null }));
    if (!id) return;
    const state = store.get();
    const documentId = state.openIds.find((d) => (state.annotations[d] ?? []).some((a) => a.id === id)) ?? null;
    const start = findSpan(state, id)?.start;
    if (documentId && options.scroll) requestAnimationFrame(() => scrollToSpan(documentId, id, 'smooth', start));
    scrollPeers(id, options.scroll ? null : documentId);
  }

  const selectedSpan = (): SpanAnnotation | undefined => {
    const s = store.get();
    const span = findSpan(s, s.selectedAnnotationId);
    return span && !span.id.startsWith('pending-') ? span : undefined;
  };

  /** Suggestions being fetched, so that one document is not asked twice at once. */
  const suggesting = new Set<string>();

  async function loadSuggestions(documentId: string): Promise<void> {
    if (suggesting.has(documentId)) return;
    suggesting.add(documentId);
    try {
      const result = await api.suggestAnnotations({ documentId });
      if (!result.ok) {
        alert(`Could not get suggestions: ${result.error.message}`);
        store.set((s) => ({ ...s, suggestions: { ...s.suggestions, [documentId]: [] } }));
        return;
      }
      store.set((s) => (s.suggestionsOn ? { ...s, suggestions: { ...s.suggestions, [documentId]: result.value } } : s));
    } finally {
      suggesting.delete(documentId);
    }
  }

  function acceptedCommand(documentId: string, spans: SpanAnnotation[], relations: Relation[]): Command {
    return {
      name: spans.length === 1 ? `accept suggested ${spans[0]!.label}` : `accept ${spans.length} suggestions`,
      async undo() {
        for (const span of [...spans].reverse()) if (!(await removeSpan(span))) return false;
        if (store.get().suggestionsOn) await loadSuggestions(documentId);
        return true;
      },
      async redo() {
        for (const span of spans) if (!(await restoreSpan(span))) return false;
        for (const r of relations) await restoreRelation(r);
        if (store.get().suggestionsOn) await loadSuggestions(documentId);
        return true;
      },
    };
  }

  return {
    history,

    /** Turns the assistant's suggestions on or off for this workspace. */
    setSuggestionsOn(on: boolean): void {
      store.set((s) => ({ ...s, suggestionsOn: on, suggestions: {} }));
      const path = store.get().workspace?.path;
      if (path) {
        try {
          localStorage.setItem(suggestionsKey(path), on ? 'on' : 'off');
        } catch {
          // Remembered for this session only.
        }
      }
    },

    loadSuggestions,

    /** Accepts suggestions as spans (and their links); refreshes spans, links and suggestions. */
    async acceptSuggestions(documentId: string, ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await history.run(async () => {
        const result = await must('Could not accept the suggestion', () => api.acceptSuggestions({ documentId, ids: [...ids] }));
        await Promise.all([loadSpans(documentId), refreshLinks()]);
        await loadSuggestions(documentId);
        return result && result.spans.length > 0 ? acceptedCommand(documentId, result.spans, result.relations) : null;
      });
    },

    /** Rejects suggestions: the service never offers them again for this document. */
    async rejectSuggestions(documentId: string, ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return;
      await must('Could not reject the suggestion', () => api.rejectSuggestions({ documentId, ids: [...ids] }));
      await loadSuggestions(documentId);
    },

    /** The assistant's proposed claim groups (read only; nothing is saved). */
    async proposeClaimGroups(): Promise<ResultOf<'proposeClaimGroups'>> {
      const result = await api.proposeClaimGroups({});
      if (!result.ok) {
        alert(`Could not propose claim groups: ${result.error.message}`);
        return [];
      }
      return result.value;
    },

    /** How the members of a claim group differ (value, precision, time, source). */
    async findDiscrepancies(groupId: string): Promise<ResultOf<'findDiscrepancies'>> {
      const result = await api.findDiscrepancies({ groupId });
      if (!result.ok) {
        alert(`Could not compare the claims of a group: ${result.error.message}`);
        return [];
      }
      return result.value;
    },

    /** Saves a proposed claim group: the first member's wording becomes the statement. */
    async acceptProposedGroup(members: readonly string[]): Promise<boolean> {
      const first = findSpan(store.get(), members[0] ?? null);
      const command = await history.run(async () => {
        const group = await saveGroup({ statement: first?.quote ?? '', members: [...members] });
        return group ? groupCommand('accept proposed group', null, group) : null;
      });
      return !!command;
    },

    async start(): Promise<void> {
      loadPrefs();
      const workspace = await api.getWorkspace({});
      if (!workspace.ok) return alert(`Could not open the workspace: ${workspace.error.message}`);
      let suggestionsOn = false;
      try {
        suggestionsOn = localStorage.getItem(suggestionsKey(workspace.value.path)) === 'on';
      } catch {
        // Off.
      }
      store.set((s) => ({ ...s, workspace: workspace.value, suggestionsOn }));
      await refreshDocuments();
      let stored: Panes = { openIds: [], recency: [] };
      try {
        stored = parseStoredPanes(localStorage.getItem(storageKey(workspace.value.path)));
      } catch {
        // No storage: start with no open panes.
      }
      const known = new Set(store.get().documents.map((d) => d.id));
      const openIds = stored.openIds.filter((id) => known.has(id));
      const loaded = await Promise.all(openIds.map((id) => loadDocument(id)));
      const keep = openIds.filter((_, i) => loaded[i]);
      setPanes({ openIds: keep, recency: stored.recency.filter((id) => keep.includes(id)) });
      // Spans of the other documents, for the claims matrix, the sources view and attribution.
      await Promise.all(store.get().documents.filter((d) => !store.get().annotations[d.id]).map((d) => loadSpans(d.id)));
      await refreshLinks();
    },

    /**
     * Imports files in chunks (a brat text stays with its .ann files), showing progress; a
     * selection holding any annotation file (.ann, .json, .jsonl) goes through `importAnnotated`.
     */
    async importFiles(files: readonly File[]): Promise<void> {
      if (files.length === 0 || store.get().importProgress) return;
      const annotated = hasAnnotatedFiles(files.map((f) => f.name));
      const chunks = importChunks(files, IMPORT_CHUNK);
      const total = files.length;
      cancelRequested = false;
      store.set((s) => ({
        ...s,
        importLines: [`Importing ${total} file${total === 1 ? '' : 's'}…`],
        importProgress: { done: 0, total, cancelling: false },
      }));
      const outcomes: ImportOutcome[] = [];
      let done = 0;
      let stopped = false;
      let broken: string | null = null;
      try {
        for (const chunk of chunks) {
          if (cancelRequested) {
            stopped = true;
            break;
          }
          // A file over the limit is refused here, before it is read into memory.
          const tooLarge = chunk.filter((file) => file.size > MAX_IMPORT_BYTES);
          for (const file of tooLarge) outcomes.push({ status: 'failed', file: file.name, reason: tooLargeMessage(file.size) });
          const sendable = chunk.filter((file) => file.size <= MAX_IMPORT_BYTES);
          const payload = await Promise.all(
            sendable.map(async (file) => ({ name: file.name, dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) })),
          );
          const result =
            payload.length === 0
              ? ({ ok: true, value: [] } as const)
              : await write(() => (annotated ? api.importAnnotated({ files: payload }) : api.importFiles({ files: payload })));
          if (!result.ok) {
            broken = result.error.message;
            for (const file of sendable) outcomes.push({ status: 'failed', file: file.name, reason: result.error.message });
          } else outcomes.push(...result.value);
          done += chunk.length;
          store.set((s) => ({ ...s, importProgress: s.importProgress ? { ...s.importProgress, done } : s.importProgress }));
        }
        if (broken) alert(`Import failed: ${broken}`);
        await refreshDocuments();
        const docs = store.get().documents;
        const titleOf = (idOrTitle: string): string => docs.find((d) => d.id === idOrTitle)?.title ?? idOrTitle;
        const count = (status: ImportOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
        const summary = `${count('imported')} imported, ${count('duplicate')} duplicates, ${count('failed')} failed`;
        const left = total - done;
        store.set((s) => ({
          ...s,
          importLines: [
            ...outcomes.map((o) => describeOutcome(o, titleOf)),
            ...(stopped ? [`Import cancelled: ${left} file${left === 1 ? '' : 's'} not imported`] : []),
            summary,
          ],
          annotations: Object.fromEntries([...docs.map((d) => [d.id, [] as SpanAnnotation[]]), ...Object.entries(s.annotations)]),
        }));
        for (const outcome of outcomes) {
          if (outcome.status === 'failed' && outcome.reason !== broken) alert(`${outcome.file}: ${outcome.reason}`);
        }
        if (annotated) {
          // Labels, attribute values and relation types may have been added; spans and links arrived.
          const workspace = await api.getWorkspace({});
          if (workspace.ok) store.set((s) => ({ ...s, workspace: workspace.value }));
          else alert(`Could not reload the label schema: ${workspace.error.message}`);
          const touched = new Set<string>();
          for (const o of outcomes) {
            if (o.status === 'imported') touched.add(o.document.id);
            if (o.status === 'duplicate' && docs.some((d) => d.id === o.existing)) touched.add(o.existing);
          }
          await Promise.all([...touched].map((id) => loadSpans(id)));
          await refreshLinks();
        }
      } finally {
        // Cleared last, so that the bar is seen full while the lists refresh.
        store.set((s) => ({ ...s, importProgress: null }));
      }
    },

    /** Stops an import after the chunk under way. */
    cancelImport(): void {
      cancelRequested = true;
      store.set((s) => (s.importProgress ? { ...s, importProgress: { ...s.importProgress, cancelling: true } } : s));
    },

    async reimport(documentId: string, file: File): Promise<void> {
      const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const report = await must(`Could not re-import ${file.name}`, () => api.reimportDocument({ documentId, file: { name: file.name, dataBase64 } }));
      if (!report) return;
      const { kept, moved, fuzzy, orphaned } = report.counts;
      history.clear();
      await loadDocument(documentId, true);
      await refreshDocuments();
      store.set((s) => ({
        ...s,
        reimportLines: { ...s.reimportLines, [documentId]: `Re-imported ${file.name}: ${kept} kept, ${moved} moved, ${fuzzy} fuzzy, ${orphaned} orphaned` },
      }));
    },

    async reattachSelected(spanId: string): Promise<void> {
      const span = findSpan(store.get(), spanId);
      const selection = currentSelection();
      if (!span) return;
      if (!selection || selection.documentId !== span.documentId) {
        return alert(`Select the text of “${span.quote}” in its own document first, then press Re-attach to selection.`);
      }
      const updated = await must('Could not re-attach the annotation', () =>
        api.reattachAnnotation({ documentId: span.documentId, id: span.id, start: selection.range.start, end: selection.range.end }),
      );
      if (updated) {
        clearSelection(span.documentId);
        store.set((s) => ({ ...putSpan(s, updated), selectedAnnotationId: updated.id }));
      }
    },

    async openDocument(id: string): Promise<void> {
      const state = store.get();
      store.set((s) => (s.view === 'panes' ? s : { ...s, view: 'panes' }));
      if (state.openIds.includes(id)) {
        setPanes(markPaneUsed(state, id));
        return focusPane(id);
      }
      if (!(await loadDocument(id))) return;
      setPanes(openPane(store.get(), id));
      focusPane(id);
    },

    closeDocument(id: string): void {
      setPanes(closePane(store.get(), id));
      store.set((s) =>
        (s.annotations[id] ?? []).some((a) => a.id === s.selectedAnnotationId) ? { ...s, selectedAnnotationId: null } : s,
      );
    },

    paneUsed(id: string): void {
      setPanes(markPaneUsed(store.get(), id));
    },

    /** Tags the current text selection with a label: shown at once, reconciled with the service's answer. */
    async tagSelection(label: string): Promise<void> {
      const selection = currentSelection();
      const pending = store.get().pendingFragments;
      if (!selection && !pending) return alert(`Select some text in an article before tagging it as ${label}.`);
      const documentId = selection?.documentId ?? pending!.documentId;
      const doc = store.get().loaded[documentId];
      if (!doc) return;
      let pieces: Array<{ start: number; end: number }> = [];
      if (pending && pending.documentId === documentId) pieces = [...pending.fragments];
      else if (pending) alert('The pending fragments were in another document; they were dropped.');
      if (selection) {
        let range = selection.range;
        if (store.get().snapToWords) range = snapToWords(doc.text, range.start, range.end);
        const checked = validateSpanRange(doc.text, range);
        if (!checked.ok) return alert(checked.error.message);
        pieces.push(checked.value);
      }
      // The new highlight is drawn in its pane at once; the rest of the window follows after that frame.
      store.holdUntilPainted();
      store.set((s) => (s.pendingFragments === null ? s : { ...s, pendingFragments: null }));
      clearSelection(documentId);
      pieces.sort((a, b) => a.start - b.start);
      const start = pieces[0]!.start;
      const end = Math.max(...pieces.map((p) => p.end));
      await history.run(() => createTagged(label, documentId, start, end, pieces.length >= 2 ? pieces : undefined));
    },

    /** Keeps the current selection as one fragment of a discontinuous span; the next tag joins them. */
    addFragment(): void {
      const selection = currentSelection();
      if (!selection) return alert('Select a piece of text first, then press Add fragment.');
      const doc = store.get().loaded[selection.documentId];
      let range = selection.range;
      if (doc && store.get().snapToWords) range = snapToWords(doc.text, range.start, range.end);
      clearSelection(selection.documentId);
      store.set((s) => {
        const same = s.pendingFragments?.documentId === selection.documentId;
        const fragments = [...(same ? s.pendingFragments!.fragments : []), range].filter(
          (f, i, all) => all.findIndex((g) => g.start < f.end && f.start < g.end) === i,
        );
        return { ...s, pendingFragments: { documentId: selection.documentId, fragments } };
      });
    },

    cancelPending(): void {
      const s = store.get();
      if (s.pendingFragments) store.set((st) => ({ ...st, pendingFragments: null }));
      for (const id of s.openIds) clearKeyboardSelection(id);
      if (s.spanPicker) store.set((st) => ({ ...st, spanPicker: null }));
    },

    selectAnnotation,

    showSpanPicker(ids: readonly string[], x: number, y: number): void {
      store.set((s) => ({ ...s, spanPicker: { ids, x, y } }));
    },

    closeSpanPicker(): void {
      store.set((s) => ({ ...s, spanPicker: null }));
    },

    async deleteSelected(): Promise<void> {
      const span = selectedSpan();
      if (!span) return;
      await history.run(async () => {
        const links = await removeSpan(span);
        return links ? deleteCommand(span, links) : null;
      });
    },

    async updateSelected(changes: SpanChanges): Promise<void> {
      const span = selectedSpan();
      if (!span) return;
      await history.run(async () => {
        const before = findSpan(store.get(), span.id) ?? span;
        const after = await updateSpan(before, changes);
        if (!after) return null;
        const undoChanges: SpanChanges = {};
        if (changes.label !== undefined || changes.attributes !== undefined) {
          undoChanges.label = before.label;
          undoChanges.attributes = { ...before.attributes };
        }
        if (changes.note !== undefined) undoChanges.note = before.note ?? '';
        return {
          name: changes.note !== undefined ? 'edit note' : changes.label !== undefined ? 'change label' : 'change attributes',
          undo: async () => !!(await updateSpan(after, undoChanges)),
          redo: async () => !!(await updateSpan(before, changes)),
        };
      });
    },

    /** Links two spans (attributed-to, contradicts, supports…) as an undoable edit. */
    async link(type: string, from: string, to: string): Promise<boolean> {
      const command = await history.run(async () => {
        const made = await must(`Could not link with “${type}”`, () => api.createRelation({ type, from, to }));
        if (!made) return null;
        if (store.get().relations.some((r) => r.id === made.id)) return null;
        putRelation(made);
        return relationCommand(made);
      });
      return !!command;
    },

    async unlink(id: string): Promise<void> {
      const relation = store.get().relations.find((r) => r.id === id);
      if (!relation) return;
      await history.run(async () => ((await removeRelation(id)) ? { ...relationCommand(relation), name: `unlink ${relation.type}`, undo: () => restoreRelation(relation), redo: () => removeRelation(id) } : null));
    },

    async newClaimGroup(spanId: string, statement: string): Promise<void> {
      await history.run(async () => {
        const existing = groupOf(spanId, store.get().claimGroups);
        const cleared = existing ? { ...existing, members: existing.members.filter((m) => m !== spanId) } : null;
        if (existing && cleared) await saveGroup({ id: existing.id, statement: existing.statement, members: cleared.members });
        const made = await saveGroup({ statement, members: [spanId] });
        if (!made) return null;
        const forward = groupCommand('new claim group', null, made);
        if (!existing) return forward;
        const back = groupCommand('move to group', existing, cleared);
        return {
          name: 'new claim group',
          undo: async () => (await forward.undo()) && back.undo(),
          redo: async () => (await back.redo()) && forward.redo(),
        };
      });
    },

    newClaimGroupForSelected(): void {
      const span = selectedSpan();
      if (!span) return alert('Select a claim first, then press g to start a claim group with it.');
      if (groupOf(span.id, store.get().claimGroups)) return;
      void this.newClaimGroup(span.id, span.quote.replace(/\s+/g, ' ').trim().slice(0, 200));
    },

    async addToGroup(groupId: string, spanId: string): Promise<void> {
      await history.run(async () => {
        const target = currentGroup(groupId);
        if (!target || target.members.includes(spanId)) return null;
        const steps: Command[] = [];
        const previous = groupOf(spanId, store.get().claimGroups);
        if (previous) {
          const cleared = { ...previous, members: previous.members.filter((m) => m !== spanId) };
          if (!(await saveGroup(cleared))) return null;
          steps.push(groupCommand('leave group', previous, cleared));
        }
        const after = await saveGroup({ id: target.id, statement: target.statement, members: [...target.members, spanId] });
        if (!after) return null;
        steps.push(groupCommand('add to group', target, after));
        return {
          name: 'add to claim group',
          async undo() {
            for (const s of [...steps].reverse()) if (!(await s.undo())) return false;
            return true;
          },
          async redo() {
            for (const s of steps) if (!(await s.redo())) return false;
            return true;
          },
        };
      });
      selectAnnotation(spanId);
    },

    async removeFromGroup(groupId: string, spanId: string): Promise<void> {
      await history.run(async () => {
        const before = currentGroup(groupId);
        if (!before) return null;
        const after = await saveGroup({ id: before.id, statement: before.statement, members: before.members.filter((m) => m !== spanId) });
        return after ? groupCommand('leave claim group', before, after) : null;
      });
    },

    async setGroupStatement(groupId: string, statement: string): Promise<void> {
      await history.run(async () => {
        const before = currentGroup(groupId);
        if (!before || before.statement === statement) return null;
        const after = await saveGroup({ id: before.id, statement, members: [...before.members] });
        return after ? groupCommand('edit statement', before, after) : null;
      });
    },

    async deleteGroup(groupId: string): Promise<void> {
      await history.run(async () => {
        const before = currentGroup(groupId);
        if (!before || !(await removeGroup(groupId))) return null;
        return groupCommand('delete claim group', before, null);
      });
    },

    async updateDocument(id: string, changes: DocumentChanges): Promise<void> {
      await history.run(async () => {
        const before = store.get().documents.find((d) => d.id === id);
        if (!before) return null;
        const undoChanges: DocumentChanges = {};
        for (const key of Object.keys(changes) as Array<keyof DocumentChanges>) undoChanges[key] = before[key] ?? '';
        if (!(await updateDoc(id, changes))) return null;
        return { name: changes.note !== undefined ? 'edit document note' : 'edit details', undo: () => updateDoc(id, undoChanges), redo: () => updateDoc(id, changes) };
      });
    },

    /** Saves the label schema; returns the service's refusal, if any, for the dialog to show. */
    async updateSchema(schema: LabelSchema): Promise<string | null> {
      let error: string | null = null;
      const put = async (next: LabelSchema): Promise<boolean> => {
        const result = await write(() => api.updateSchema({ schema: next }));
        if (!result.ok) {
          error = result.error.message;
          return false;
        }
        store.set((s) => (s.workspace ? { ...s, workspace: { ...s.workspace, schema: result.value } } : s));
        return true;
      };
      await history.run(async () => {
        const before = store.get().workspace?.schema;
        if (!before || !(await put(schema))) return null;
        return {
          name: 'edit schema',
          undo: async () => (await put(before)) || (alert(`Could not undo the schema change: ${error}`), false),
          redo: async () => (await put(schema)) || (alert(`Could not redo the schema change: ${error}`), false),
        };
      });
      return error;
    },

    async undo(): Promise<void> {
      await history.undo();
    },

    async redo(): Promise<void> {
      await history.redo();
    },

    async exportJsonl(): Promise<void> {
      const result = await api.exportDataset({ format: 'jsonl', offsetUnit: 'codepoint' });
      if (!result.ok) return alert(`Export failed: ${result.error.message}`);
      downloadText(result.value.fileName, result.value.content, result.value.mediaType);
    },

    /** The dataset formats the service offers, name and description; null (and an alert) on failure. */
    async datasetFormats(): Promise<ResultOf<'listDatasetFormats'> | null> {
      const result = await api.listDatasetFormats({});
      if (!result.ok) {
        alert(`Could not list the export formats: ${result.error.message}`);
        return null;
      }
      return result.value;
    },

    /**
     * Exports a dataset as a job in the service (progress, cancel), zips its files and downloads
     * `<workspace>-<format>.zip`; the warnings, null on failure, 'cancelled' when nothing was downloaded.
     */
    async exportDataset(options: DatasetExportOptions, follow: FollowJob = {}): Promise<string[] | null | 'cancelled'> {
      const result = await followExportJob(api, { kind: 'dataset', options }, follow);
      if (!result.ok) {
        alert(`Export failed: ${result.error.message}`);
        return null;
      }
      if (!result.value) return 'cancelled';
      if (result.value.kind !== 'dataset') return null;
      const { files, warnings } = result.value.dataset;
      const name = (store.get().workspace?.name || 'collate').replace(/[\\/:*?"<>|]+/g, '_');
      downloadBytes(`${name}-${options.format}.zip`, zipTextFiles(files), 'application/zip');
      return warnings;
    },

    /** Downloads the comparison report as HTML or Markdown; false on failure or when cancelled. */
    async downloadReport(format: 'html' | 'md', follow: FollowJob = {}): Promise<boolean> {
      const file = await reportFile(format, follow);
      if (!file) return false;
      downloadText(file.fileName, file.content, file.mediaType);
      return true;
    },

    /** The desktop shell prints the report to a PDF where the user picks; false on failure or when the save was cancelled. */
    async saveReportPdf(): Promise<boolean> {
      const result = await saveReportPdf();
      if (!result.ok) {
        alert(`The PDF could not be made: ${result.error.message}`);
        return false;
      }
      return result.value.saved;
    },

    /** Opens the HTML report in a new window and prints it there (Save as PDF in the print dialog). */
    async printReport(follow: FollowJob = {}): Promise<boolean> {
      const file = await reportFile('html', follow);
      if (!file) return false;
      const url = URL.createObjectURL(new Blob([file.content], { type: 'text/html' }));
      const win = window.open(url, '_blank');
      if (!win) {
        URL.revokeObjectURL(url);
        alert('The report window could not be opened (a pop-up blocker?). Download the HTML report and print it instead.');
        return false;
      }
      const print = (): void => {
        try {
          win.focus();
          win.print();
        } catch {
          // The window was closed before it loaded.
        }
      };
      if (win.document.readyState === 'complete' && win.location.href === url) print();
      else win.addEventListener('load', print, { once: true });
      setTimeout(() => URL.revokeObjectURL(url), 300_000);
      return true;
    },

    dismissAlert(id: number): void {
      store.set((s) => ({ ...s, alerts: s.alerts.filter((a) => a.id !== id) }));
    },

    dismissProblems(): void {
      store.set((s) => ({ ...s, problemsDismissed: true }));
    },

    // ---- views and preferences --------------------------------------------------------------

    setView(view: MainView): void {
      store.set((s) => ({ ...s, view }));
    },

    openDialog(dialog: DialogName): void {
      store.set((s) => ({ ...s, dialog }));
    },

    /** Opens the attribution list for the selected claim. */
    openAttribution(): void {
      const span = selectedSpan();
      if (!span) return alert('Select a claim first (click it, or pick it in the annotations panel).');
      store.set((s) => ({ ...s, dialog: 'attribute' }));
    },

    toggleInspector(): void {
      store.set((s) => ({ ...s, inspectorHidden: !s.inspectorHidden }));
      savePrefs();
    },

    setFilter(filter: Partial<AnnotationFilter>): void {
      store.set((s) => ({ ...s, filter: { ...s.filter, ...filter } }));
    },

    setSearch(search: { text?: string; regex?: boolean; scope?: 'all' | 'active' }): void {
      store.set((s) => ({ ...s, search: { ...s.search, ...search } }));
      runSearch();
    },

    rerunSearch: runSearch,

    stepSearch(direction: 1 | -1): void {
      store.set((s) => ({ ...s, search: { ...s.search, current: stepHit(s.search.hits.length, s.search.current, direction) } }));
    },

    setSnapToWords(on: boolean): void {
      store.set((s) => ({ ...s, snapToWords: on }));
      savePrefs();
    },

    setHideBoilerplate(on: boolean): void {
      store.set((s) => ({ ...s, hideBoilerplate: on }));
      savePrefs();
    },

    setLayout(layout: Layout): void {
      store.set((s) => ({ ...s, layout }));
      savePrefs();
    },

    setSyncScroll(on: boolean): void {
      store.set((s) => ({ ...s, syncScroll: on }));
      savePrefs();
    },

    setPaneSize(id: string, size: number): void {
      store.set((s) => ({ ...s, paneSizes: { ...s.paneSizes, [id]: Math.max(0.2, Math.min(5, size)) } }));
    },

    /** Jumps from a view (matrix, sources) to a span in its pane. */
    async jumpToSpan(id: string): Promise<void> {
      const documentId = documentOfSpan(store.get(), id);
      if (!documentId) return;
      await this.openDocument(documentId);
      setTimeout(() => selectAnnotation(id, { scroll: true }), 50);
    },
  };
}
