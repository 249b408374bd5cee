import { defaultSchema } from '../../default-schema';
import type { ClaimGroup, CollateDocument, Relation, SpanAnnotation } from '../../model';
import type { ReportInput } from '../types';

/** Test fixture for the report: three invented articles, one of them hostile, one stale and one orphaned span. */
export const doc = (id: string, title: string, text: string, extra: Partial<CollateDocument> = {}): CollateDocument => ({
  id,
  title,
  source: `${id}.txt`,
  format: 'txt',
  encoding: 'utf-8',
  sha256: 'a'.repeat(64),
  textSha256: 'b'.repeat(64),
  importedAt: '2024-11-12T09:00:00.000Z',
  notes: [],
  text,
  ...extra,
});

export const ledger = doc(
  'd-ledger',
  'Troops mass at the border',
  'About 10,000 troops crossed the border yesterday, U.S. officials said. Minister Jana Novak denied any crossing.',
  { outlet: 'The Northern Ledger', published: '2024-11-11', author: 'R. Ames' },
);

export const harbour = doc('d-harbour', 'Border crossing confirmed', '11,000 troops crossed the border on Nov. 10, according to the defence ministry.', {
  outlet: 'Harbour Times | <i>Daily</i>',
  published: '2024-11-12',
});

/** Everything a report must escape: markup, a table pipe, backticks, tabs, line breaks, quotes, a formula. */
export const hostileText = 'U.S. officials said\tthe `count` | was "20,000"\nlast month. <img src=x onerror=alert(1)>\n=cmd|\' /C calc\'!A0';
export const hostile = doc('d-hostile', '<script>alert("t")</script>', hostileText, { outlet: "=cmd|' /C calc'!A0", published: '2024-11-12' });

export function span(document: CollateDocument, id: string, label: string, quote: string, attributes: Record<string, string> = {}): SpanAnnotation {
  const start = document.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" not in ${document.id}`);
  return {
    id,
    documentId: document.id,
    label,
    start,
    end: start + quote.length,
    quote,
    prefix: '',
    suffix: '',
    attributes,
    author: 'ana',
    created: '2024-11-12T10:00:00.000Z',
    modified: '2024-11-12T10:00:00.000Z',
  };
}

export const ledgerSpans: SpanAnnotation[] = [
  span(ledger, 'l-claim', 'Claim', 'About 10,000 troops crossed the border yesterday', { certainty: 'asserted' }),
  span(ledger, 'l-officials', 'Source', 'U.S. officials'),
  span(ledger, 'l-denial', 'Claim', 'denied any crossing', { certainty: 'denied' }),
  span(ledger, 'l-novak', 'Source', 'Minister Jana Novak', { kind: 'official', named: 'yes' }),
  // Orphaned by a re-import: its offsets are those of an older text.
  { ...span(ledger, 'l-orphan', 'Claim', 'the border'), quote: 'the frontier', orphaned: true },
];

export const harbourSpans: SpanAnnotation[] = [
  span(harbour, 'h-claim', 'Claim', '11,000 troops crossed the border on Nov. 10'),
  span(harbour, 'h-ministry', 'Source', 'the defence ministry', { kind: 'government body' }),
  // Stale: the text at its offsets no longer reads as its quote.
  { ...span(harbour, 'h-stale', 'Claim', 'according to'), quote: 'reported by' },
];

export const hostileSpans: SpanAnnotation[] = [
  span(hostile, 'x-claim', 'Claim', 'the `count` | was "20,000"\nlast month. <img src=x onerror=alert(1)>'),
  span(hostile, 'x-officials', 'Source', 'U.S. officials', { named: 'no' }),
  span(hostile, 'x-formula', 'Claim', "=cmd|' /C calc'!A0"),
];

const rel = (id: string, from: string, to: string, type = 'attributed-to'): Relation => ({ id, type, from, to, author: 'ana', created: '2024-11-12T10:05:00.000Z' });

export const relations: Relation[] = [
  rel('r-1', 'l-claim', 'l-officials'),
  rel('r-2', 'l-denial', 'l-novak'),
  rel('r-3', 'h-claim', 'h-ministry'),
  rel('r-4', 'x-claim', 'x-officials'),
  rel('r-5', 'h-stale', 'h-ministry'),
  rel('r-6', 'l-claim', 'h-claim', 'same-claim'),
  rel('r-7', 'x-formula', 's-gone'),
];

export const claimGroups: ClaimGroup[] = [
  {
    id: 'g-1',
    statement: 'Troops crossed the border <b>en masse</b> | daily',
    members: ['l-claim', 'h-claim', 'x-claim', 'h-stale'],
    created: '2024-11-12T10:08:00.000Z',
    modified: '2024-11-12T10:08:00.000Z',
  },
];

export function reportInput(): ReportInput {
  return {
    documents: [ledger, harbour, hostile],
    spans: new Map([
      [ledger.id, ledgerSpans],
      [harbour.id, harbourSpans],
      [hostile.id, hostileSpans],
    ]),
    relations,
    claimGroups,
    schema: defaultSchema,
  };
}

export const OPTIONS = { title: 'Border <watch> | "2024"', date: '2024-11-13T08:30:00.000Z', generator: 'Collate test' };

export const emptyInput = (): ReportInput => ({ documents: [], spans: new Map(), relations: [], claimGroups: [], schema: defaultSchema });
