import type { ResultOf } from '../../api/contract';
import type { CollateDocument, SpanAnnotation } from '../../core/model';
import type { WorkspaceInfo } from '../../api/contract';

export type DocumentSummary = ResultOf<'listDocuments'>[number];

export interface AlertMessage {
  readonly id: number;
  readonly message: string;
}

export interface AppState {
  readonly workspace: WorkspaceInfo | null;
  readonly documents: readonly DocumentSummary[];
  /** Open documents in display order (at most four). */
  readonly openIds: readonly string[];
  /** Open documents, least recently used first. */
  readonly recency: readonly string[];
  readonly loaded: Readonly<Record<string, CollateDocument>>;
  readonly annotations: Readonly<Record<string, readonly SpanAnnotation[]>>;
  readonly selectedAnnotationId: string | null;
  readonly pendingWrites: number;
  readonly saveError: string | null;
  readonly importLines: readonly string[];
  readonly alerts: readonly AlertMessage[];
}

export const initialState: AppState = {
  workspace: null,
  documents: [],
  openIds: [],
  recency: [],
  loaded: {},
  annotations: {},
  selectedAnnotationId: null,
  pendingWrites: 0,
  saveError: null,
  importLines: [],
  alerts: [],
};
