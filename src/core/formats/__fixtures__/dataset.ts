import { defaultSchema } from '../../default-schema';
import type { ClaimGroup, CollateDocument, Relation, SpanAnnotation } from '../../model';
import { captureQuote } from '../../quote';
import type { ExportInput } from '../../dataset-export/types';
import { coveredText } from '../../covered-text';

/** Test fixture for the exporters: emoji, ZWJ family, CJK, Arabic, combining marks, overlaps, a gap. */
export const alphaText = [
  'Officials said 😀 1,500 people crossed daily.',
  'The minister 👩‍👩‍👧 confirmed it to "Le Monde", officials added.',
  '中文报道称 10,000 troops. قال المسؤول «نعم».',
  'Cafe\u0301 owners say =SUM(A1) is -5, "quoted".',
].join('\n');

export const betaText = 'Reuters reported 11,000 troops 🚀 arrived.\nU.S. officials denied it.';

const doc = (id: string, title: string, text: string, hash: string): CollateDocument => ({
  id,
  title,
  source: `${id}.txt`,
  format: 'txt',
  encoding: 'utf-8',
  sha256: hash.repeat(64),
  textSha256: hash.repeat(63) + 'f',
  importedAt: '2026-03-01T09:00:00.000Z',
  notes: [],
  text,
});

export const alpha = doc('d-alpha', 'Alpha report', alphaText, 'a');
/** An id that would escape the export folder if used as a path unsanitised. */
export const beta = doc('../etc/beta', 'Beta | <b>report</b>', betaText, 'b');

/** UTF-16 range of the n-th occurrence of `quote` in `text`. */
export function rangeOf(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`"${quote}" not found`);
  }
  return { start: at, end: at + quote.length };
}

interface Extra {
  attributes?: Record<string, string>;
  note?: string;
  author?: string;
}

export function span(document: CollateDocument, id: string, label: string, quotes: string | string[], extra: Extra = {}): SpanAnnotation {
  const list = Array.isArray(quotes) ? quotes : [quotes];
  let from = 0;
  const fragments = list.map((q) => {
    const at = document.text.indexOf(q, from);
    if (at < 0) throw new Error(`"${q}" not found`);
    from = at + q.length;
    return { start: at, end: at + q.length };
  });
  const start = fragments[0]!.start;
  const end = fragments[fragments.length - 1]!.end;
  const context = captureQuote(document.text, start, end);
  return {
    id,
    documentId: document.id,
    label,
    start,
    end,
    ...(fragments.length > 1 ? { fragments } : {}),
    quote: coveredText(document.text, fragments),
    prefix: context.prefix,
    suffix: context.suffix,
    attributes: extra.attributes ?? {},
    ...(extra.note !== undefined ? { note: extra.note } : {}),
    author: extra.author ?? 'ana',
    created: '2026-03-01T10:00:00.000Z',
    modified: '2026-03-02T11:30:00.000Z',
  };
}

export const alphaSpans: SpanAnnotation[] = [
  span(alpha, 'a-src', 'Source', 'Officials', { attributes: { kind: 'official', named: 'no' } }),
  span(alpha, 'a-claim', 'Claim', '1,500 people crossed daily', {
    attributes: { certainty: 'hedged' },
    note: '<p>Check the <strong>figure</strong> &amp; source</p><p>AP says 1,200</p>',
  }),
  span(alpha, 'a-cue', 'Cue', '1,500'),
  span(alpha, 'a-cross', 'Claim', 'crossed daily.\nThe minister', { author: 'bo' }),
  span(alpha, 'a-minister', 'Source', 'The minister 👩‍👩‍👧'),
  span(alpha, 'a-gap', 'Claim', ['confirmed it', 'officials added'], { author: 'bo' }),
  span(alpha, 'a-cjk', 'Source', '中文报道称'),
  span(alpha, 'a-arabic', 'Source', 'المسؤول'),
  span(alpha, 'a-cafe', 'Source', 'Cafe\u0301 owners'),
  span(alpha, 'a-formula', 'Claim', '=SUM(A1) is -5', { note: '' }),
];

export const betaSpans: SpanAnnotation[] = [
  span(beta, 'b-src', 'Source', 'Reuters', { attributes: { kind: 'publication', named: 'yes' } }),
  span(beta, 'b-claim', 'Claim', '11,000 troops 🚀 arrived', { attributes: { certainty: 'asserted' } }),
  span(beta, 'b-officials', 'Source', 'U.S. officials', { attributes: { kind: 'anonymous person' } }),
];

export const relations: Relation[] = [
  { id: 'r-1', type: 'attributed-to', from: 'a-claim', to: 'a-src', author: 'ana', created: '2026-03-01T10:05:00.000Z' },
  { id: 'r-2', type: 'same-claim', from: 'a-claim', to: 'b-claim', author: 'ana', created: '2026-03-01T10:06:00.000Z' },
  { id: 'r-3', type: 'attributed-to', from: 'b-claim', to: 'b-src', author: 'bo', created: '2026-03-01T10:07:00.000Z' },
];

export const claimGroups: ClaimGroup[] = [
  { id: 'g-1', statement: 'Troops crossed every day', members: ['a-claim', 'b-claim'], created: '2026-03-01T10:08:00.000Z', modified: '2026-03-01T10:09:00.000Z' },
];

export function fixtureInput(): ExportInput {
  return {
    documents: [alpha, beta],
    spans: new Map([
      [alpha.id, alphaSpans],
      [beta.id, betaSpans],
    ]),
    relations,
    claimGroups,
    schema: defaultSchema,
  };
}

export const DATE = '2026-03-05';
