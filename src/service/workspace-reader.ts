import type { DocumentSummary, WorkspaceInfo } from '../api/contract';
import type { ClaimGroup, CollateDocument, Relation, SpanAnnotation } from '../core/model';

/**
 * What exports and reports read from an open workspace. The service implements it; exporters depend
 * on this port, never on the service, so neither imports the other.
 */
export interface WorkspaceReader {
  readonly root: string;
  info(): WorkspaceInfo;
  /** In import order. */
  listDocuments(): DocumentSummary[];
  document(id: string): CollateDocument;
  /** `document` for passes over every document: a document not already in memory is read and let go. */
  readDocument(id: string): CollateDocument;
  spansOf(documentId: string): Promise<SpanAnnotation[]>;
  /** `spansOf` for passes over every document: a span file not already open is read and let go. */
  readSpans(documentId: string): Promise<SpanAnnotation[]>;
  listRelations(): { relations: Relation[]; claimGroups: ClaimGroup[] };
  /** The workspace's clock (fixed in tests). */
  now(): Date;
}
