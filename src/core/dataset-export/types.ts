import type { ClaimGroup, CollateDocument, LabelSchema, Relation, SpanAnnotation } from '../model';
import type { OffsetUnit } from '../offsets';

/** Everything an export reads: the workspace's documents, spans by document id, links and schema. */
export interface ExportInput {
  documents: readonly CollateDocument[];
  spans: ReadonlyMap<string, readonly SpanAnnotation[]>;
  relations: readonly Relation[];
  claimGroups: readonly ClaimGroup[];
  schema: LabelSchema;
}

/** Train/dev/test proportions (any positive scale) and the seed that makes the split repeatable. */
export interface SplitOptions {
  seed: string;
  train: number;
  dev: number;
  test: number;
}

/** How CoNLL/BIO resolves overlapping spans. */
export type OverlapPolicy = 'longest-first' | 'file-per-label';

/** Token tags of the token-level formats (CoNLL, Hugging Face): B-/I-/O, or with E- (last) and S- (single). */
export type TagScheme = 'bio' | 'bioes';

/** Who annotated what and how far they agreed, for the dataset card (the service computes it). */
export interface TeamSummary {
  /** The layer exported: `curated`, `all` or an annotator's name. */
  layer: string;
  /** Spans per layer in the exported documents: each annotator's, and `curated`. */
  counts: ReadonlyArray<{ layer: string; spans: number }>;
  /** Krippendorff's alpha per label and overall between the annotators' layers; null with fewer than two. */
  agreement: {
    annotators: readonly string[];
    documents: number;
    labels: Readonly<Record<string, number | null>>;
    overall: number | null;
  } | null;
}

export interface ExportOptions {
  /** Export date written into the dataset card (ISO 8601); passed in, never read from a clock. */
  date: string;
  /** Only these documents, in the input's order. All when absent. */
  documentIds?: readonly string[];
  /** Only spans with these labels. All when absent. */
  labels?: readonly string[];
  /** Keep the analysts' notes (rich-text HTML). Default true. */
  includeNotes?: boolean;
  /** Offset unit for formats that let the reader choose (Collate JSONL, CSV, doccano). Default code points. */
  offsetUnit?: OffsetUnit;
  /** Split documents into train/dev/test folders. No split when absent. */
  split?: SplitOptions;
  /** CoNLL/BIO only. Default longest-first. */
  overlapPolicy?: OverlapPolicy;
  /** Name and version written into the card and W3C `generator`. */
  generator?: string;
  /** CoNLL and Hugging Face tags. Default bio. */
  tagScheme?: TagScheme;
  /** spaCy DocBin: the `doc.spans` key that holds every span. Default `sc` (spaCy's SpanCategorizer). */
  spansKey?: string;
  /** Layers and agreement, stated in the dataset card. */
  team?: TeamSummary;
}

/** One file of an export: a safe relative path (forward slashes) and its text, or bytes for a binary format. */
export interface ExportFile {
  path: string;
  content: string | Uint8Array;
}

export interface ExportResult {
  files: ExportFile[];
  warnings: string[];
}

/** The part of the dataset one writer call receives, already filtered, validated and sorted. */
export interface PreparedDataset {
  documents: CollateDocument[];
  /** Spans of each document sorted by start, end, id; every document has an entry. */
  spans: Map<string, SpanAnnotation[]>;
  /** Relations whose two ends are both in this dataset. */
  relations: Relation[];
  /** Claim groups restricted to members in this dataset; at least one member each. */
  claimGroups: ClaimGroup[];
  schema: LabelSchema;
  /** Code-point lengths of `documents` when they are held without their texts (a pass plan's). */
  characters?: ReadonlyMap<string, number>;
}

export interface WriterContext {
  offsetUnit: OffsetUnit;
  overlapPolicy: OverlapPolicy;
  date: string;
  generator: string;
  /** Name of the split this call writes (`train`, `dev`, `test`), or undefined without a split. */
  part?: string;
  tagScheme: TagScheme;
  spansKey?: string;
  /** Every label of the whole export (schema order, then others as met), the same for every split. */
  labels: readonly string[];
}

/** Joins a chunked writer's parts into its one file: the `write` of a format that has `chunks`. */
export function writeWithChunks(
  chunks: (data: PreparedDataset, context: WriterContext) => DocumentChunks,
): (data: PreparedDataset, context: WriterContext) => WriterResult {
  return (data, context) => {
    const writer = chunks(data, context);
    const parts = [writer.begin()];
    for (const document of data.documents) parts.push(writer.document(document, data.spans.get(document.id) ?? []));
    if (writer.afterDocuments) parts.push(...writer.afterDocuments());
    const { text, warnings } = writer.end();
    parts.push(text);
    return { files: [{ path: writer.path, content: parts.join('') }], warnings };
  };
}

/** What a format writer returns: files (paths relative to the part's folder), warnings, and limits. */
export interface WriterResult {
  files: ExportFile[];
  warnings: string[];
}

/**
 * One file written document by document, so that an export never holds the whole file: `begin`,
 * then `document` for each document of the dataset in order, then `afterDocuments` if any, then `end`. Made per call (it may keep
 * state, such as whether an item was written yet).
 */
export interface DocumentChunks {
  path: string;
  begin(): string;
  document(document: CollateDocument, spans: readonly SpanAnnotation[]): string;
  /** What follows the documents (a format's links), in chunks, so that it is never one string either. */
  afterDocuments?(): Iterable<string>;
  end(): { text: string; warnings: string[] };
}

export interface DatasetFormat {
  name: string;
  description: string;
  /** Offset unit this format writes, or 'option' when it follows `ExportOptions.offsetUnit`, or 'none'. */
  offsets: 'codepoint' | 'option' | 'none';
  /** What the format cannot carry, for the dataset card. */
  limitations: readonly string[];
  /** True when the format's tokens come from Collate's tokenizer (src/core/text/tokenize.ts). */
  tokenized?: boolean;
  /** False when the format's files do not say who annotated: the card then lists no annotators. */
  carriesAuthors?: boolean;
  /** False when the format's files drop span attributes: they then play no part in the order of spans. */
  carriesAttributes?: boolean;
  write(data: PreparedDataset, context: WriterContext): WriterResult;
  /** For a format of one file made of per-document parts: the writer as chunks (`write` joins them). */
  chunks?(data: PreparedDataset, context: WriterContext): DocumentChunks;
  /** Text that must open the dataset card (a YAML header a loader reads), given the export's files. */
  cardHeader?(files: readonly string[], context: WriterContext): string;
}
