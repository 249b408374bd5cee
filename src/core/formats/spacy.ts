import { OffsetIndex } from '../offsets';
import type { SpanAnnotation } from '../model';
import { selectNonOverlapping } from '../dataset-export/select-non-overlapping';
import { spanFragments } from '../covered-text';
import { exportTokens } from '../text/tokenize';
import type { DatasetFormat, PreparedDataset, WriterContext, WriterResult } from '../dataset-export/types';

export interface SpacyRecord {
  text: string;
  spans: Array<{ start: number; end: number; label: string }>;
  ents: Array<{ start: number; end: number; label: string }>;
  meta: { id: string; title: string };
}

/**
 * spaCy-ready JSONL, one document a line: `text`, `spans` (every span, for `doc.spans`; a
 * discontinuous span gives one entry per fragment) and `ents` (non-overlapping contiguous spans,
 * longest first, for `doc.ents`), offsets in code points. Warns about spans whose ends are not token
 * boundaries of Collate's tokenizer (use `char_span(..., alignment_mode="expand")` for those).
 */
export function writeSpacy(data: PreparedDataset, _context: WriterContext): WriterResult {
  const warnings: string[] = [];
  const lines: string[] = [];
  for (const document of data.documents) {
    const index = new OffsetIndex(document.text);
    const spans = data.spans.get(document.id) ?? [];
    const tokens = exportTokens(document.text, document.language);
    const starts = new Set(tokens.map((t) => t.start));
    const ends = new Set(tokens.map((t) => t.end));
    const misaligned = spans.filter((s) => spanFragments(s).some((f) => !starts.has(f.start) || !ends.has(f.end)));
    if (misaligned.length > 0) {
      warnings.push(
        `spaCy: in "${document.id}", spans not on token boundaries: ${misaligned.map((s) => `"${s.id}"`).join(', ')}.`,
      );
    }
    const contiguous = spans.filter((s) => !s.fragments);
    const discontinuous = spans.filter((s) => s.fragments);
    if (discontinuous.length > 0) {
      warnings.push(
        `spaCy: in "${document.id}", discontinuous spans are split into pieces in "spans" and left out of "ents": ${discontinuous.map((s) => `"${s.id}"`).join(', ')}.`,
      );
    }
    const { kept, dropped } = selectNonOverlapping(contiguous, (s: SpanAnnotation) =>
      Array.from({ length: s.end - s.start }, (_, i) => s.start + i),
    );
    if (dropped.length > 0) {
      warnings.push(
        `spaCy: in "${document.id}", overlapping spans left out of "ents" (kept in "spans"): ${dropped.map((d) => `"${d.span.id}"`).join(', ')}.`,
      );
    }
    const entry = (start: number, end: number, label: string): { start: number; end: number; label: string } => ({
      start: index.toCodePoint(start),
      end: index.toCodePoint(end),
      label,
    });
    const record: SpacyRecord = {
      text: document.text,
      spans: spans.flatMap((s) => spanFragments(s).map((f) => entry(f.start, f.end, s.label))),
      ents: kept.map((s) => entry(s.start, s.end, s.label)),
      meta: { id: document.id, title: document.title },
    };
    lines.push(JSON.stringify(record) + '\n');
  }
  return { files: [{ path: 'spacy.jsonl', content: lines.join('') }], warnings };
}

export const spacyJsonlFormat: DatasetFormat = {
  name: 'spacy-jsonl',
  description:
    'spaCy-ready JSONL: text, spans (all) and ents (non-overlapping), code-point offsets, for your own Doc building.',
  offsets: 'codepoint',
  tokenized: true,
  carriesAuthors: false,
  limitations: [
    'Relations, claim groups, attributes, notes, authors and times are not carried.',
    'Discontinuous spans appear as separate pieces in spans and are left out of ents; overlapping spans are left out of ents (longest kept).',
    'Token boundaries are checked against Collate\'s tokenizer, not spaCy\'s; use alignment_mode="expand" when building Docs.',
  ],
  write: writeSpacy,
};
