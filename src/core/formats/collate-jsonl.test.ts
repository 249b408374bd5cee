import { describe, expect, it } from 'vitest';
import type { SpanAnnotation } from '../model';
import { sliceByCodePoints } from '../offsets';
import { DATE, alpha, fixtureInput } from './__fixtures__/dataset';
import { exportDataset } from '../dataset-export/export-dataset';
import { parseCollateJsonl } from './collate-jsonl';
import { exportText } from '../dataset-export/export-text';

const jsonl = (options = {}): string =>
  exportText(
    exportDataset('collate-jsonl', fixtureInput(), { date: DATE, ...options }).files.find(
      (f) => f.path === 'dataset.jsonl',
    )!,
  );

describe('Collate JSONL v2', () => {
  it('writes a header, one line per document, then relations and claim groups', () => {
    const lines = jsonl()
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.record)).toEqual([
      'header',
      'document',
      'document',
      'relation',
      'relation',
      'relation',
      'claim_group',
    ]);
    expect(lines[0]).toMatchObject({ format: 'collate-jsonl', version: 2, offset_unit: 'codepoint' });
    expect(lines[6]).toEqual({
      record: 'claim_group',
      id: 'g-1',
      statement: 'Troops crossed every day',
      members: ['a-claim', 'b-claim'],
      created: '2026-03-01T10:08:00.000Z',
      modified: '2026-03-01T10:09:00.000Z',
    });
  });

  it('writes code-point offsets by default and UTF-16 on request, fragments included', () => {
    const spansOf = (
      content: string,
    ): Array<{ id: string; start: number; end: number; fragments?: unknown; text: string }> =>
      (
        JSON.parse(content.split('\n')[1]!) as {
          spans: Array<{ id: string; start: number; end: number; text: string }>;
        }
      ).spans;
    const cp = spansOf(jsonl());
    expect(cp.find((s) => s.id === 'a-claim')).toMatchObject({
      start: 17,
      end: 43,
      text: '1,500 people crossed daily',
    });
    expect(cp.find((s) => s.id === 'a-gap')).toMatchObject({
      start: 64,
      end: 107,
      fragments: [
        { start: 64, end: 76 },
        { start: 92, end: 107 },
      ],
    });
    for (const s of cp.filter((x) => !x.fragments)) expect(sliceByCodePoints(alpha.text, s.start, s.end)).toBe(s.text);
    const u16 = spansOf(jsonl({ offsetUnit: 'utf16' }));
    expect(u16.find((s) => s.id === 'a-claim')).toMatchObject({ start: 18, end: 44 });
    expect(u16.find((s) => s.id === 'a-gap')).toMatchObject({
      start: 68,
      end: 111,
      fragments: [
        { start: 68, end: 80 },
        { start: 96, end: 111 },
      ],
    });
    expect(JSON.parse(jsonl({ offsetUnit: 'utf16' }).split('\n')[0]!).offset_unit).toBe('utf16');
  });

  it.each(['codepoint', 'utf16'] as const)('re-imports without loss (%s)', (offsetUnit) => {
    const input = fixtureInput();
    const parsed = parseCollateJsonl(jsonl({ offsetUnit }));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.offsetUnit).toBe(offsetUnit);
    expect(parsed.value.schema).toEqual(input.schema);
    expect(parsed.value.documents).toEqual(input.documents);
    const byPosition = (list: readonly SpanAnnotation[]): SpanAnnotation[] =>
      [...list].sort((a, b) => a.start - b.start || a.end - b.end);
    expect(parsed.value.spans).toEqual(new Map([...input.spans].map(([id, list]) => [id, byPosition(list)])));
    expect(parsed.value.spans.get('d-alpha')!.map((s) => s.id)).toEqual([
      'a-src',
      'a-cue',
      'a-claim',
      'a-cross',
      'a-minister',
      'a-gap',
      'a-cjk',
      'a-arabic',
      'a-cafe',
      'a-formula',
    ]);
    expect(parsed.value.relations).toEqual(input.relations);
    expect(parsed.value.claimGroups).toEqual(input.claimGroups);
  });

  it('leaves notes out when told to', () => {
    const parsed = parseCollateJsonl(jsonl({ includeNotes: false }));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect([...parsed.value.spans.values()].flat().filter((s) => s.note !== undefined)).toEqual([]);
  });

  it('refuses a file whose offsets do not cover the span text, naming the line', () => {
    const tampered = jsonl().replace('"start":17,"end":43', '"start":18,"end":43');
    const parsed = parseCollateJsonl(tampered);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error.message).toBe(
        'line 2: span "a-claim" says "1,500 people crossed daily" but its offsets cover ",500 people crossed daily".',
      );
    expect(parseCollateJsonl('').ok).toBe(false);
    expect(parseCollateJsonl('{"record":"document"}\n').ok).toBe(false);
  });
});
