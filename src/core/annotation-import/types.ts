import type { ClaimGroup, CollateDocument, Fragment, LabelSchema } from '../model';

/** The formats an annotation import reads. */
export type AnnotationFormat = 'brat' | 'collate-jsonl' | 'jsonl' | 'label-studio' | 'doccano';

/**
 * A span read from a file. `fragments` are UTF-16 offsets into the `text` of its document (already
 * converted from the file's unit and checked against that text), sorted, at least one.
 */
export interface ImportedSpan {
  /** Unique within the bundle; relations and claim groups refer to spans by it. */
  key: string;
  /** The span's Collate id when the file carries one (Collate JSONL); kept unless it clashes. */
  id?: string;
  label: string;
  fragments: Fragment[];
  attributes: Record<string, string>;
  note?: string;
  author?: string;
  /** `curated` for a span of the adjudicated layer (Collate JSONL carries it). */
  layer?: 'curated';
  created?: string;
  modified?: string;
}

export interface ImportedRelation {
  /** Keys of the two spans (they may lie in different documents of the bundle). */
  from: string;
  to: string;
  type: string;
  id?: string;
  author?: string;
  /** `curated` for a link of the adjudicated layer (Collate JSONL carries it). */
  layer?: 'curated';
  created?: string;
}

export interface ImportedClaimGroup extends Omit<ClaimGroup, 'id' | 'members' | 'created' | 'modified'> {
  id?: string;
  members: string[];
  created?: string;
  modified?: string;
}

/** One document of a bundle: its text exactly as the offsets count it, and its spans. */
export interface AnnotatedText {
  /** Where it came from, for messages: `a.txt + a_ef2d.ann`, `export.jsonl line 3`. */
  origin: string;
  /** The file name the text is imported under (a `.txt` for texts that came inside JSON). */
  name: string;
  text: string;
  /** The Collate document id the file names (`collate_id`, a Collate JSONL id), kept when it is free. */
  id?: string;
  /** What Collate JSONL recorded of the first import (hash of the original bytes, notes, time), kept as it was. */
  recorded?: Pick<CollateDocument, 'sha256' | 'notes' | 'importedAt'>;
  /** Metadata the file carries (Collate JSONL); the import keeps them. */
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  note?: string;
  spans: ImportedSpan[];
  warnings: string[];
}

/** What every annotation parser returns: documents, links between spans, and per-document failures. */
export interface AnnotationBundle {
  format: AnnotationFormat;
  documents: AnnotatedText[];
  relations: ImportedRelation[];
  claimGroups: ImportedClaimGroup[];
  /** A schema the file declares (Collate JSONL header, brat `annotation.conf`): colours, attributes. */
  schema?: Partial<LabelSchema>;
  /** Documents of a multi-document file that could not be read; the others still import. */
  failures: Array<{ origin: string; reason: string }>;
  warnings: string[];
}

export const emptyBundle = (format: AnnotationFormat): AnnotationBundle => ({
  format,
  documents: [],
  relations: [],
  claimGroups: [],
  failures: [],
  warnings: [],
});
