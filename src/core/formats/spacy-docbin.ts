import { zlibSync } from 'fflate';
import type { CollateDocument, SpanAnnotation } from '../model';
import { OffsetIndex } from '../offsets';
import { selectNonOverlapping } from '../dataset-export/select-non-overlapping';
import { spanFragments } from '../covered-text';
import type { DatasetFormat, PreparedDataset, WriterContext, WriterResult } from '../dataset-export/types';
import { encodeMsgpack, type MsgpackValue } from './msgpack';
import { spacyStringHash } from './murmurhash64';
import { spacyTokens, type SpacyToken } from './spacy-tokens';

/** spaCy's attribute ids (`spacy.attrs`): ORTH first, as DocBin keeps it. */
const ORTH = 65;
const ENT_IOB = 77;
const ENT_TYPE = 78;
const SENT_START = 80;
const ATTRS = [ORTH, ENT_IOB, ENT_TYPE, SENT_START] as const;
/** ENT_IOB values: I inside, O outside, B begins an entity. */
const IOB = { I: 1n, O: 2n, B: 3n } as const;
const NOT_SENTENCE_START = (1n << 64n) - 1n;
/** The default span group key of spaCy's SpanCategorizer. */
export const DEFAULT_SPANS_KEY = 'sc';

interface DocBinDocument {
  tokens: SpacyToken[];
  rows: bigint[];
  spanGroup: Uint8Array;
  userData: Uint8Array;
}

const describe = (s: SpanAnnotation): string => `"${s.id}"`;

/**
 * One span group (`SpanGroup.to_bytes`): spans packed big-endian as `>QQQllll`
 * (id, kb_id, label, start, end, start_char, end_char).
 */
function spanGroupBytes(
  name: string,
  spans: ReadonlyArray<{ label: string; start: number; end: number; startChar: number; endChar: number }>,
): Uint8Array {
  const packed = spans.map((s) => {
    const bytes = new Uint8Array(40);
    const view = new DataView(bytes.buffer);
    view.setBigUint64(16, spacyStringHash(s.label));
    view.setInt32(24, s.start);
    view.setInt32(28, s.end);
    view.setInt32(32, s.startChar);
    view.setInt32(36, s.endChar);
    return bytes;
  });
  return encodeMsgpack({ name, attrs: {}, spans: packed });
}

function docBinDocument(
  document: CollateDocument,
  spans: readonly SpanAnnotation[],
  spansKey: string,
  warnings: string[],
): DocBinDocument {
  const cuts = new Set(spans.flatMap((s) => spanFragments(s).flatMap((f) => [f.start, f.end])));
  const { tokens, splitAt } = spacyTokens(document.text, cuts, document.language);
  if (splitAt.length > 0) {
    const cutSpans = spans.filter((s) =>
      spanFragments(s).some((f) => splitAt.includes(f.start) || splitAt.includes(f.end)),
    );
    warnings.push(
      `spaCy: in "${document.id}", tokens were split where spans begin or end inside them: ` +
        `${cutSpans.map(describe).join(', ')}.`,
    );
  }
  const index = new OffsetIndex(document.text);
  const firstToken = new Map(tokens.map((t, i) => [t.start, i]));
  const afterToken = new Map(tokens.map((t, i) => [t.end, i + 1]));
  const group = spans.flatMap((s) =>
    spanFragments(s).map((f) => ({
      label: s.label,
      start: firstToken.get(f.start)!,
      end: afterToken.get(f.end)!,
      startChar: index.toCodePoint(f.start),
      endChar: index.toCodePoint(f.end),
    })),
  );
  const discontinuous = spans.filter((s) => s.fragments);
  if (discontinuous.length > 0) {
    warnings.push(
      `spaCy: in "${document.id}", discontinuous spans are one span per piece in doc.spans and left out of doc.ents: ` +
        `${discontinuous.map(describe).join(', ')}.`,
    );
  }
  const { kept, dropped } = selectNonOverlapping(
    spans.filter((s) => !s.fragments),
    (s) => tokens.flatMap((t, i) => (t.start >= s.start && t.end <= s.end ? [i] : [])),
  );
  if (dropped.length > 0) {
    warnings.push(
      `spaCy: in "${document.id}", overlapping spans left out of doc.ents (kept in doc.spans): ` +
        `${dropped.map((d) => describe(d.span)).join(', ')}.`,
    );
  }
  const iob: bigint[] = tokens.map(() => IOB.O);
  const type: bigint[] = tokens.map(() => 0n);
  for (const s of kept) {
    for (let i = firstToken.get(s.start)!; i < afterToken.get(s.end)!; i++) {
      iob[i] = i === firstToken.get(s.start) ? IOB.B : IOB.I;
      type[i] = spacyStringHash(s.label);
    }
  }
  const rows = tokens.flatMap((t, i) => [
    spacyStringHash(t.text),
    iob[i]!,
    type[i]!,
    t.sentenceStart ? 1n : NOT_SENTENCE_START,
  ]);
  return {
    tokens,
    rows,
    spanGroup: encodeMsgpack([spanGroupBytes(spansKey, group)]),
    userData: encodeMsgpack({ collate_id: document.id, title: document.title }),
  };
}

/** Little-endian bytes of unsigned 64-bit integers (numpy `uint64` `tobytes`). */
function uint64Bytes(values: readonly bigint[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setBigUint64(i * 8, v, true));
  return bytes;
}

/**
 * A spaCy DocBin (`.spacy`, spaCy 3 `DocBin.to_bytes`): zlib-compressed msgpack holding each Doc's
 * tokens (ORTH, ENT_IOB, ENT_TYPE, SENT_START as 64-bit hashes or values), trailing spaces, lengths,
 * every string the hashes stand for, one span group per Doc and the Collate id and title as user data.
 */
export function docBinBytes(data: PreparedDataset, spansKey: string, warnings: string[]): Uint8Array {
  const documents = data.documents.map((d) => docBinDocument(d, data.spans.get(d.id) ?? [], spansKey, warnings));
  const strings = new Set<string>();
  for (const d of documents) for (const t of d.tokens) strings.add(t.text);
  for (const list of data.spans.values()) for (const s of list) strings.add(s.label);
  const lengths = new Uint8Array(documents.length * 4);
  documents.forEach((d, i) => new DataView(lengths.buffer).setInt32(i * 4, d.tokens.length, true));
  const message: { [key: string]: MsgpackValue } = {
    version: '0.1',
    attrs: [...ATTRS],
    tokens: uint64Bytes(documents.flatMap((d) => d.rows)),
    spaces: Uint8Array.from(documents.flatMap((d) => d.tokens.map((t) => (t.spaceAfter ? 1 : 0)))),
    lengths,
    strings: [...strings].sort(),
    cats: documents.map(() => ({})),
    flags: documents.map(() => ({ has_unknown_spaces: false })),
    span_groups: documents.map((d) => d.spanGroup),
    user_data: documents.map((d) => d.userData),
  };
  return zlibSync(encodeMsgpack(message));
}

/** Writes `<part>.spacy` (or `corpus.spacy` without a split): the DocBin `spacy train` reads. */
export function writeSpacyDocBin(data: PreparedDataset, context: WriterContext): WriterResult {
  const warnings: string[] = [];
  const spansKey = context.spansKey ?? DEFAULT_SPANS_KEY;
  const content = docBinBytes(data, spansKey, warnings);
  return { files: [{ path: `${context.part ?? 'corpus'}.spacy`, content }], warnings };
}

export const spacyDocBinFormat: DatasetFormat = {
  name: 'spacy',
  description:
    'spaCy DocBin (.spacy) per split: every span in doc.spans["sc"] (key configurable), ' +
    'non-overlapping ones in doc.ents.',
  offsets: 'codepoint',
  tokenized: true,
  carriesAuthors: false,
  limitations: [
    'Relations, claim groups, attributes, notes, authors and times are not carried; ' +
      'each Doc keeps its Collate id and title in doc.user_data.',
    'Discontinuous spans become one span per piece in doc.spans and are left out of doc.ents; ' +
      'overlapping spans are left out of doc.ents (longest kept).',
    "Tokens are Collate's (src/core/text/tokenize.ts), cut again where a span begins or ends inside one, " +
      'so every span is exact; white space other than one trailing space is a token, as in spaCy.',
  ],
  write: writeSpacyDocBin,
};
