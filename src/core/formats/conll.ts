import type { CollateDocument, SpanAnnotation } from '../model';
import { safeFileStems } from '../dataset-export/safe-path';
import { selectNonOverlapping } from '../dataset-export/select-non-overlapping';
import { spanFragments } from '../covered-text';
import { exportTokens, type ExportToken } from '../text/tokenize';
import type { DatasetFormat, PreparedDataset, WriterContext, WriterResult } from '../dataset-export/types';

const tagName = (label: string): string => label.replace(/\s+/g, '_');
const describe = (s: SpanAnnotation): string => `"${s.id}" (${s.label}, ${JSON.stringify(s.quote)})`;

/** Indices of the tokens each fragment of a span touches. */
function tokensOf(span: SpanAnnotation, tokens: readonly ExportToken[]): number[][] {
  return spanFragments(span).map((f) => tokens.flatMap((t, i) => (t.end > f.start && t.start < f.end ? [i] : [])));
}

/** BIO lines of one document for the given spans (overlaps resolved longest-first), plus warnings. */
function documentBio(document: CollateDocument, spans: readonly SpanAnnotation[], tokens: readonly ExportToken[], warnings: string[]): string {
  const tags: string[] = tokens.map(() => 'O');
  const { kept, dropped } = selectNonOverlapping(spans, (s) => tokensOf(s, tokens).flat());
  for (const { span, by } of dropped) {
    warnings.push(
      by
        ? `CoNLL: span ${describe(span)} in "${document.id}" overlaps ${describe(by)} and was left out (longest first).`
        : `CoNLL: span ${describe(span)} in "${document.id}" covers no token and was left out.`,
    );
  }
  for (const span of kept) {
    const pieces = tokensOf(span, tokens);
    const fragments = spanFragments(span);
    const aligned = fragments.every((f, i) => {
      const p = pieces[i]!;
      return p.length > 0 && tokens[p[0]!]!.start === f.start && tokens[p[p.length - 1]!]!.end === f.end;
    });
    if (!aligned) warnings.push(`CoNLL: span ${describe(span)} in "${document.id}" does not fall on token boundaries; its tokens were tagged whole.`);
    if (span.fragments) warnings.push(`CoNLL: discontinuous span ${describe(span)} in "${document.id}" became ${span.fragments.length} separate entities.`);
    let crosses = false;
    for (const piece of pieces) {
      piece.forEach((t, k) => {
        const startsChunk = k === 0 || tokens[t]!.sentenceStart;
        if (k > 0 && tokens[t]!.sentenceStart) crosses = true;
        tags[t] = `${startsChunk ? 'B' : 'I'}-${tagName(span.label)}`;
      });
    }
    if (crosses) warnings.push(`CoNLL: span ${describe(span)} in "${document.id}" crosses a sentence boundary; each sentence's part starts with B-.`);
  }
  const out: string[] = ['-DOCSTART-\tO', ''];
  tokens.forEach((t, i) => {
    if (t.sentenceStart && i > 0) out.push('');
    out.push(`${t.text}\t${tags[i]}`);
  });
  if (tokens.length > 0) out.push('');
  return out.join('\n') + '\n';
}

/**
 * CoNLL-2003-style BIO: `token<TAB>tag` lines, a blank line after each sentence, `-DOCSTART-` before
 * each document; tokens from `exportTokens`. Overlaps: `longest-first` writes one `dataset.conll`
 * keeping the longest of overlapping spans and listing every left-out span in a warning;
 * `file-per-label` writes `<label>.conll` per label so spans of different labels never compete.
 */
export function writeConll(data: PreparedDataset, context: WriterContext): WriterResult {
  const warnings: string[] = [];
  const tokens = new Map(data.documents.map((d) => [d.id, exportTokens(d.text)]));
  const render = (spansOf: (documentId: string) => SpanAnnotation[]): string =>
    data.documents.map((d) => documentBio(d, spansOf(d.id), tokens.get(d.id)!, warnings)).join('');
  if (context.overlapPolicy === 'longest-first') {
    return { files: [{ path: 'dataset.conll', content: render((id) => data.spans.get(id) ?? []) }], warnings };
  }
  const labels = [...new Set([...data.schema.labels.map((l) => l.name), ...[...data.spans.values()].flat().map((s) => s.label)])];
  const stems = safeFileStems(labels);
  const files = labels.map((label) => ({
    path: `${stems.get(label)!}.conll`,
    content: render((id) => (data.spans.get(id) ?? []).filter((s) => s.label === label)),
  }));
  return { files, warnings };
}

export const conllFormat: DatasetFormat = {
  name: 'conll',
  description: 'CoNLL-2003-style BIO (token<TAB>tag), Collate tokenizer; overlaps resolved longest-first or one file per label.',
  offsets: 'none',
  limitations: [
    'Overlapping and nested spans cannot share a token: longest-first keeps one and lists the rest as warnings (or use the file-per-label policy).',
    'Discontinuous spans become separate entities; relations, claim groups, attributes, notes, authors and times are not carried.',
    'Tokens come from Collate\'s whitespace-and-punctuation tokenizer (src/core/text/tokenize.ts): CJK text without spaces stays one token.',
  ],
  write: writeConll,
};
