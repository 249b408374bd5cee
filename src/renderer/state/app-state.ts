import { ALL_LAYERS, type LayerSelector } from '../../core/layers/layer-name';
import type { ClaimGroup, CollateDocument, Relation, SpanAnnotation } from '../../core/model';
import type { CurationStateResult } from '../../api/team-schemas';
import type { LibraryRow } from '../../api/library-rows';
import type { CompareProposals, LockHolder, Suggestion, WorkspaceInfo } from '../../api/contract';
import type { JobProgress } from '../../api/contract';
import type { AssignmentList, CorpusHit, SpanCounts } from '../../api/contract';
import { INITIAL_LIBRARY, type LibraryView } from './library-view';
import { NO_FILTER, type AnnotationFilter } from './annotation-filter';
import type { SidePanel } from './panel-layout';
import type { SearchHit } from './search';
import type { UndoState } from './undo-stack';
import { appendSpan, indexOfSpan, replaceSpan } from './span-list';

export type { LibraryRow };

export interface AlertMessage {
  readonly id: number;
  readonly message: string;
}

export type MainView = 'panes' | 'matrix' | 'sources' | 'curation';
export type DialogName = 'schema' | 'shortcuts' | 'attribute' | 'export' | 'report' | 'preferences' | 'progress' | null;

/** An import under way: files done of all, and whether the user asked to stop after this chunk. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly cancelling: boolean;
}
export type Layout = 'columns' | 'rows' | 'grid';

/** Suggestions being made for many documents in the background: how far the service's job has come. */
export interface SuggestJob {
  readonly progress: JobProgress;
  /** Documents asked for. */
  readonly documents: number;
  readonly cancelling: boolean;
}

export interface SearchState {
  readonly text: string;
  readonly regex: boolean;
  /** 'all': every open document; 'active': the pane last used. */
  readonly scope: 'all' | 'active';
  readonly hits: readonly SearchHit[];
  readonly current: number;
  readonly error: string | null;
}

export interface SpanPicker {
  readonly ids: readonly string[];
  readonly x: number;
  readonly y: number;
}

export interface PendingFragments {
  readonly documentId: string;
  readonly fragments: ReadonlyArray<{ start: number; end: number }>;
}

export interface AppState {
  readonly workspace: WorkspaceInfo | null;
  /** The library's rows in import order (the corpus index's, read a page at a time). */
  readonly documents: readonly LibraryRow[];
  /** Rows the library has yet to receive while it loads its pages after the first (0 once all are in). */
  readonly documentsPending: number;
  /** Open documents in display order (at most four). */
  readonly openIds: readonly string[];
  /** Open documents, least recently used first. */
  readonly recency: readonly string[];
  readonly loaded: Readonly<Record<string, CollateDocument>>;
  /** Spans by document: every document's, so that views across documents (matrix, sources) see them all. */
  readonly annotations: Readonly<Record<string, readonly SpanAnnotation[]>>;
  readonly relations: readonly Relation[];
  readonly claimGroups: readonly ClaimGroup[];
  readonly selectedAnnotationId: string | null;
  readonly pendingWrites: number;
  readonly saveError: string | null;
  readonly importLines: readonly string[];
  readonly importProgress: ImportProgress | null;
  readonly alerts: readonly AlertMessage[];
  /** Why the workspace could not be opened at start, shown instead of the workbench; null once it is open. */
  readonly startupProblem: string | null;
  /** Who holds the lock when Collate on another computer does: the page asks whether to take it over. */
  readonly foreignLock: LockHolder | null;
  readonly undo: UndoState;
  readonly view: MainView;
  readonly dialog: DialogName;
  readonly inspectorHidden: boolean;
  readonly filter: AnnotationFilter;
  readonly search: SearchState;
  readonly snapToWords: boolean;
  readonly pendingFragments: PendingFragments | null;
  readonly hideBoilerplate: boolean;
  readonly layout: Layout;
  /** Relative widths (or heights) of the open panes, by document id; 1 when not set (remembered per workspace). */
  readonly paneSizes: Readonly<Record<string, number>>;
  /** The side column's width and the inspector's height in pixels, null for the default (remembered per workspace). */
  readonly sideWidth: number | null;
  readonly inspectorHeight: number | null;
  /** Side panels folded down to their heading (remembered per workspace). */
  readonly collapsedPanels: readonly SidePanel[];
  readonly syncScroll: boolean;
  readonly problemsDismissed: boolean;
  /** The last re-import's counts, by document. */
  readonly reimportLines: Readonly<Record<string, string>>;
  readonly spanPicker: SpanPicker | null;
  /** Whether the offline assistant's suggestions are shown (remembered per workspace). */
  readonly suggestionsOn: boolean;
  /** Open suggestions by document (fetched while suggestions are on). */
  readonly suggestions: Readonly<Record<string, readonly Suggestion[]>>;
  /** Suggestions for many documents under way in the background, and what the last such batch came to. */
  readonly suggestJob: SuggestJob | null;
  readonly suggestJobNotice: string | null;
  /** The recorded comparison (groups and discrepancies, each proposed, accepted or rejected). */
  readonly compareProposals: CompareProposals;
  /** The discrepancy the differences list is on. */
  readonly currentDifferenceId: string | null;
  /** A comparison is running. */
  readonly comparing: boolean;
  /** The document under adjudication in the curation view, and the disagreement in focus. */
  readonly curation: CurationView | null;
  /** The step of the first-run tour shown, null when it is closed. */
  readonly tourStep: number | null;
  /** The library's filter, order, facets and selection. */
  readonly library: LibraryView;
  /** Span counts per document from the corpus index (`listDocumentIndex`), for documents whose spans are not loaded. */
  readonly documentCounts: Readonly<Record<string, SpanCounts>>;
  /** Who annotates which documents (`assignments.json`) and who I am. */
  readonly assignments: AssignmentList;
  /** The library's banner after a removal ("Removed 2 documents", with Undo), or null. */
  readonly libraryNotice: string | null;
  /** The corpus search: the query sent, its ranked hits, or why it failed. */
  readonly corpusSearch: CorpusSearchState;
  /** A place just opened from a corpus search hit, drawn flashing in its pane; `key` changes per opening. */
  readonly flash: {
    readonly documentId: string;
    readonly start: number;
    readonly end: number;
    readonly key: number;
  } | null;
  /** Documents the export dialog starts with (the library's selection), or null for all. */
  readonly exportDocumentIds: readonly string[] | null;
  /** The layer the article view and the annotations list show: `all` annotators', one annotator's, or `curated`. */
  readonly articleLayer: LayerSelector;
}

/** The curation view's document: its layers compared (`getCuration`) and the disagreement in focus. */
export interface CurationView {
  readonly documentId: string;
  readonly state: CurationStateResult;
  readonly focus: number;
}

export interface CorpusSearchState {
  readonly query: string;
  readonly hits: readonly CorpusHit[];
  readonly searching: boolean;
  readonly error: string | null;
}

export const initialState: AppState = {
  workspace: null,
  documents: [],
  documentsPending: 0,
  openIds: [],
  recency: [],
  loaded: {},
  annotations: {},
  relations: [],
  claimGroups: [],
  selectedAnnotationId: null,
  pendingWrites: 0,
  saveError: null,
  importLines: [],
  importProgress: null,
  alerts: [],
  startupProblem: null,
  foreignLock: null,
  undo: { canUndo: false, canRedo: false, undoName: null, redoName: null },
  view: 'panes',
  dialog: null,
  inspectorHidden: false,
  filter: NO_FILTER,
  search: { text: '', regex: false, scope: 'all', hits: [], current: -1, error: null },
  snapToWords: false,
  pendingFragments: null,
  hideBoilerplate: false,
  layout: 'columns',
  paneSizes: {},
  sideWidth: null,
  inspectorHeight: null,
  collapsedPanels: [],
  syncScroll: false,
  problemsDismissed: false,
  reimportLines: {},
  spanPicker: null,
  suggestionsOn: false,
  suggestions: {},
  suggestJob: null,
  suggestJobNotice: null,
  compareProposals: { groups: [], discrepancies: [] },
  currentDifferenceId: null,
  comparing: false,
  curation: null,
  tourStep: null,
  library: INITIAL_LIBRARY,
  documentCounts: {},
  assignments: { me: '', assignments: [] },
  libraryNotice: null,
  corpusSearch: { query: '', hits: [], searching: false, error: null },
  flash: null,
  exportDocumentIds: null,
  articleLayer: ALL_LAYERS,
};

/** The document holding a span, among those whose spans are loaded. */
export function documentOfSpan(state: AppState, id: string): string | undefined {
  for (const [documentId, spans] of Object.entries(state.annotations))
    if (indexOfSpan(spans, id) >= 0) return documentId;
  return undefined;
}

export function findSpan(state: AppState, id: string | null): SpanAnnotation | undefined {
  if (!id) return undefined;
  for (const spans of Object.values(state.annotations)) {
    const i = indexOfSpan(spans, id);
    if (i >= 0) return spans[i];
  }
  return undefined;
}

export function activeDocumentId(state: AppState): string | null {
  for (let i = state.recency.length - 1; i >= 0; i--)
    if (state.openIds.includes(state.recency[i]!)) return state.recency[i]!;
  return state.openIds[0] ?? null;
}

export function putSpan(state: AppState, span: SpanAnnotation): AppState {
  const list = state.annotations[span.documentId] ?? [];
  const next = indexOfSpan(list, span.id) >= 0 ? replaceSpan(list, span.id, span) : appendSpan(list, span);
  return { ...state, annotations: { ...state.annotations, [span.documentId]: next } };
}

export function dropSpan(state: AppState, documentId: string, id: string): AppState {
  const list = state.annotations[documentId] ?? [];
  return {
    ...state,
    annotations: { ...state.annotations, [documentId]: replaceSpan(list, id, null) },
    selectedAnnotationId: state.selectedAnnotationId === id ? null : state.selectedAnnotationId,
  };
}
