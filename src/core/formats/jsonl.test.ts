import { describe, expect, it } from 'vitest';
import { createSpan } from '../create-span';
import { defaultSchema } from '../default-schema';
import { exportJsonl, type JsonlRecord } from './jsonl';
import type { CollateDocument, SpanAnnotation } from '../model';
import { sliceByCodePoints } from '../offsets';

const text = 'Emoji 👩‍👩‍👧 said: 1,500 a day. 中文报道称 10,000. قال المسؤول «نعم». Cafe\u0301 𝕏 end.';
const document: CollateDocument = {
  id: 'd-1',
  title: 'Mixed scripts',
  source: 'mixed.txt',
  format: 'txt',
  encoding: 'utf-8',
  sha256: 'a'.repeat(64),
  textSha256: 'b'.repeat(64),
  importedAt: '2026-01-01T00:00:00.000Z',
  notes: [],
  text,
};

function spanOf(quote: string, label = 'Claim', id = quote): SpanAnnotation {
  const start = text.indexOf(quote);
  const made = createSpan(
    document,
    defaultSchema,
    { label, start, end: start + quote.length },
    { id, author: 'ana', now: 'now' },
  );
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

const quotes = ['👩‍👩‍👧', '1,500 a day', '中文报道称', 'المسؤول', 'Cafe\u0301', '𝕏 end'];
const spans = quotes.map((q) => spanOf(q));

function parse(output: string): JsonlRecord[] {
  expect(output.endsWith('\n')).toBe(true);
  return output
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonlRecord);
}

describe('exportJsonl', () => {
  it('writes code-point offsets whose slice of the text is the span text, for every script', () => {
    const [record] = parse(exportJsonl({ documents: [document], spans: new Map([['d-1', spans]]), relations: [] }));
    expect(record).toMatchObject({
      id: 'd-1',
      title: 'Mixed scripts',
      source: 'mixed.txt',
      offset_unit: 'codepoint',
      relations: [],
    });
    expect(record!.spans.map((s) => s.text)).toEqual(quotes);
    for (const span of record!.spans) expect(sliceByCodePoints(record!.text, span.start, span.end)).toBe(span.text);
    expect(record!.spans[0]!.start).toBe(6);
  });

  it('writes a discontinuous span with its extent and its pieces, each slicing to its text', () => {
    const a = spanOf('1,500 a day');
    const b = spanOf('中文报道称');
    const fragmented = {
      ...a,
      end: b.end,
      fragments: [
        { start: a.start, end: a.end },
        { start: b.start, end: b.end },
      ],
      quote: '1,500 a day 中文报道称',
    };
    const [record] = parse(
      exportJsonl({ documents: [document], spans: new Map([['d-1', [fragmented]]]), relations: [] }),
    );
    const [span] = record!.spans;
    expect(sliceByCodePoints(record!.text, span!.start, span!.end)).toBe(span!.text);
    expect(span!.fragments!.map((f) => [sliceByCodePoints(record!.text, f.start, f.end), f.text])).toEqual([
      ['1,500 a day', '1,500 a day'],
      ['中文报道称', '中文报道称'],
    ]);
  });

  it('writes UTF-16 offsets on request', () => {
    const [record] = parse(
      exportJsonl({ documents: [document], spans: new Map([['d-1', spans]]), relations: [] }, 'utf16'),
    );
    expect(record!.offset_unit).toBe('utf16');
    for (const span of record!.spans) expect(record!.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('lists a document without spans and keeps relations with the document of their source span', () => {
    const relation = {
      id: 'r-1',
      type: 'attributed-to',
      from: spans[1]!.id,
      to: spans[3]!.id,
      author: 'ana',
      created: 'now',
    };
    const [record] = parse(exportJsonl({ documents: [document], spans: new Map(), relations: [] }));
    expect(record!.spans).toEqual([]);
    const [linked] = parse(
      exportJsonl({ documents: [document], spans: new Map([['d-1', spans]]), relations: [relation] }),
    );
    expect(linked!.relations).toEqual([{ id: 'r-1', type: 'attributed-to', from: spans[1]!.id, to: spans[3]!.id }]);
  });
});
