import type { ExportInput, TeamSummary } from '../dataset-export/types';

/** One side of a recorded discrepancy: the exact words compared, in which claim span, and who says it. */
export interface RecordedSide {
  documentId: string;
  spanId: string | null;
  text: string;
  source?: string;
}

/** A discrepancy a comparison recorded (`compare-proposals.json`), with the analyst's decision. */
export interface RecordedDifference {
  kind: string;
  detail: string;
  status: 'proposed' | 'accepted' | 'rejected';
  a: RecordedSide;
  b: RecordedSide;
}

/**
 * What a report reads: the same as a dataset export (documents, spans by document, links, schema),
 * and the recorded comparison when there is one.
 */
/** `team`: who annotated what and their agreement (the service computes it). */
export type ReportInput = ExportInput & { comparison?: readonly RecordedDifference[]; team?: TeamSummary };

export type ReportFormat = 'html' | 'md';

export interface ReportOptions {
  /** The report's title, usually the workspace's name. */
  title: string;
  /** When the report was made (ISO 8601); passed in, never read from a clock. */
  date: string;
  /** Name and version of the program, shown in the report's header. */
  generator?: string;
}

export interface ReportDocument {
  id: string;
  /** A short key for tables and charts: D1, D2… in the input's order. */
  key: string;
  title: string;
  outlet?: string;
  author?: string;
  published?: string;
  claims: number;
  sources: number;
}

/** How a source's named/anonymous status is known: from its `named`/`kind` attribute, or guessed from its words. */
export type NamedBy = 'attribute' | 'guess';

export interface SourceMention {
  spanId: string;
  text: string;
  named: boolean;
  namedBy: NamedBy;
}

export interface ReportClaim {
  id: string;
  documentId: string;
  documentKey: string;
  quote: string;
  certainty?: string;
  /** Sources linked to the claim by `attributed-to`, in the order of the links. */
  sources: SourceMention[];
  /** Ids of the claim groups the claim is a member of. */
  groups: string[];
}

export interface DiscrepancySide {
  claimId: string;
  documentKey: string;
  /** The outlet (or the title, for a document without one). */
  outlet: string;
  text: string;
  /** Who the claim is attributed to on this side. */
  source?: string;
}

/**
 * How two claims of a group differ: `found` by the report's own comparison of the group, recorded by a
 * comparison and `accepted` by the analyst or still `proposed`, or a contradiction the analyst `marked`.
 */
export type DiscrepancyStatus = 'found' | 'proposed' | 'accepted' | 'marked';

export interface ReportDiscrepancy {
  groupId: string;
  statement: string;
  kind: string;
  detail: string;
  status: DiscrepancyStatus;
  a: DiscrepancySide;
  b: DiscrepancySide;
}

/** One row of the claims matrix: a claim group, with its members in each document (parallel to `documents`). */
export interface MatrixRow {
  groupId: string;
  statement: string;
  cells: ReportClaim[][];
  discrepancies: number;
}

/** A source as cited across the workspace: mentions with the same words (case and "the" aside) are one source. */
export interface ReportSource {
  text: string;
  named: boolean;
  namedBy: NamedBy;
  kind?: string;
  /** The kind was guessed by the assistant from the words: no mention carries a `kind` attribute. */
  kindGuessed: boolean;
  /** Tagged Source spans with these words. */
  mentions: number;
  /** Claims attributed to it. */
  citations: number;
  /** Outlets (or titles, for documents without an outlet) of the documents that mention it. */
  outlets: string[];
}

export interface LeftOutSpan {
  spanId: string;
  documentKey: string;
  documentTitle: string;
  label: string;
  quote: string;
  reason: string;
}

export interface BarRow {
  label: string;
  values: number[];
}

export interface ReportCharts {
  /** Distinct sources mentioned by each outlet: [named, anonymous]. */
  sourcesPerOutlet: BarRow[];
  /** [named, anonymous] over distinct sources and over attributions. */
  namedShare: BarRow[];
  /** Claims tagged in each document: [claims]. */
  claimsPerDocument: BarRow[];
}

export interface ReportModel {
  title: string;
  date: string;
  generator: string;
  documents: ReportDocument[];
  claims: ReportClaim[];
  matrix: MatrixRow[];
  discrepancies: ReportDiscrepancy[];
  sources: ReportSource[];
  leftOut: LeftOutSpan[];
  charts: ReportCharts;
  warnings: string[];
  team?: TeamSummary;
}
