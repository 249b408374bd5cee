import { OffsetIndex, type OffsetUnit } from '../offsets';
import type { CollateDocument, Relation, SpanAnnotation } from '../model';

export interface DatasetInput {
  documents: CollateDocument[];
  spans: ReadonlyMap<string, SpanAnnotation[]>;
  relations: Relation[];
}

export interface JsonlRecord {
  id: string;
  title: string;
  source: string;
  sha256: string;
  text: string;
  offset_unit: OffsetUnit;
  spans: Array<{
    id: string;
    start: number;
    end: number;
    label: string;
    text: string;
    /** The pieces of a discontinuous span; `start`/`end`/`text` then cover its whole extent. */
    fragments?: Array<{ start: number; end: number; text: string }>;
    attributes: Record<string, string>;
    author: string;
    created: string;
    modified: string;
  }>;
  relations: Array<{ id: string; type: string; from: string; to: string }>;
}

const byPosition = (a: SpanAnnotation, b: SpanAnnotation): number => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id);

/** One dataset record per document, offsets in the requested unit (code points unless told). */
export function toJsonlRecord(
  document: CollateDocument,
  spans: SpanAnnotation[],
  relations: Relation[],
  offsetUnit: OffsetUnit = 'codepoint',
): JsonlRecord {
  const index = new OffsetIndex(document.text);
  // An orphaned span has no place in the current text until the analyst re-attaches it.
  spans = spans.filter((s) => !s.orphaned);
  const spanIds = new Set(spans.map((s) => s.id));
  return {
    id: document.id,
    title: document.title,
    source: document.source,
    sha256: document.sha256,
    text: document.text,
    offset_unit: offsetUnit,
    spans: [...spans].sort(byPosition).map((s) => ({
      id: s.id,
      start: index.convert(s.start, 'utf16', offsetUnit),
      end: index.convert(s.end, 'utf16', offsetUnit),
      label: s.label,
      text: s.fragments ? document.text.slice(s.start, s.end) : s.quote,
      ...(s.fragments
        ? {
            fragments: s.fragments.map((f) => ({
              start: index.convert(f.start, 'utf16', offsetUnit),
              end: index.convert(f.end, 'utf16', offsetUnit),
              text: document.text.slice(f.start, f.end),
            })),
          }
        : {}),
      attributes: s.attributes,
      author: s.author,
      created: s.created,
      modified: s.modified,
    })),
    relations: relations.filter((r) => spanIds.has(r.from)).map(({ id, type, from, to }) => ({ id, type, from, to })),
  };
}

/** Serialises a dataset as JSON Lines: one document per line, ending with a newline. */
export function exportJsonl(input: DatasetInput, offsetUnit: OffsetUnit = 'codepoint'): string {
  return input.documents
    .map((d) => JSON.stringify(toJsonlRecord(d, input.spans.get(d.id) ?? [], input.relations, offsetUnit)) + '\n')
    .join('');
}
