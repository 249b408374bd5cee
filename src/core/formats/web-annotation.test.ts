import { describe, expect, it } from 'vitest';
import { sliceByCodePoints } from '../offsets';
import { DATE, alpha, beta, fixtureInput } from './__fixtures__/dataset';
import { exportDataset } from '../dataset-export/export-dataset';
import { exportText } from '../dataset-export/export-text';

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Target {
  type: string;
  source: string;
  selector: Selector[];
}
interface Annotation {
  '@context': string;
  id: string;
  motivation: string;
  body: Array<{ type: string; purpose: string; value: string; format: string }>;
  target: Target | Target[] | string | string[];
  creator?: unknown;
  created?: string;
  modified?: string;
}

function collection(options = {}): { total: number; first: { items: Annotation[] } } & Record<string, unknown> {
  const file = exportDataset('w3c', fixtureInput(), { date: DATE, ...options }).files.find(
    (f) => f.path === 'annotations.jsonld',
  )!;
  return JSON.parse(exportText(file)) as { total: number; first: { items: Annotation[] } };
}
const texts = new Map([
  ['urn:collate:document:d-alpha', alpha.text],
  ['urn:collate:document:..%2Fetc%2Fbeta', beta.text],
]);
const find = (id: string): Annotation => collection().first.items.find((a) => a.id === id)!;

describe('W3C Web Annotation export', () => {
  it('is one AnnotationCollection with its first page inline', () => {
    const c = collection();
    expect(c).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      id: 'urn:collate:collection:dataset',
      total: 17,
    });
    expect(c.first).toMatchObject({
      type: 'AnnotationPage',
      id: 'urn:collate:collection:dataset:page:1',
      startIndex: 0,
    });
    expect(c.first.items).toHaveLength(17);
  });

  it('reads back: every TextPositionSelector (code points) and TextQuoteSelector select the same text', () => {
    let checked = 0;
    for (const a of collection().first.items.filter((x) => x.motivation === 'tagging')) {
      for (const t of Array.isArray(a.target) ? a.target : [a.target]) {
        const target = t as Target;
        const text = texts.get(target.source)!;
        const quote = target.selector.find((s) => s.type === 'TextQuoteSelector')!;
        const position = target.selector.find((s) => s.type === 'TextPositionSelector')!;
        expect(sliceByCodePoints(text, position.start!, position.end!)).toBe(quote.exact);
        expect(text.includes(quote.prefix! + quote.exact! + quote.suffix!)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(14);
  });

  it('writes the label, attributes and the HTML note as bodies, with creator and times', () => {
    const a = find('urn:collate:annotation:a-claim');
    expect(a.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'Claim', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'describing', value: 'certainty: hedged', format: 'text/plain' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: '<p>Check the <strong>figure</strong> &amp; source</p><p>AP says 1,200</p>',
        format: 'text/html',
      },
    ]);
    expect(a).toMatchObject({
      motivation: 'tagging',
      creator: { type: 'Person', nickname: 'ana' },
      created: '2026-03-01T10:00:00.000Z',
      modified: '2026-03-02T11:30:00.000Z',
    });
    expect((a.target as Target).selector).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: '1,500 people crossed daily',
        prefix: 'Officials said 😀 ',
        suffix: '.\nThe minister 👩‍👩‍👧 confirme',
      },
      { type: 'TextPositionSelector', start: 17, end: 43 },
    ]);
    expect(find('urn:collate:annotation:a-formula').body).toHaveLength(1);
  });

  it('gives a discontinuous span one target per fragment', () => {
    const targets = find('urn:collate:annotation:a-gap').target as Target[];
    expect(targets.map((t) => t.selector[1])).toEqual([
      { type: 'TextPositionSelector', start: 64, end: 76 },
      { type: 'TextPositionSelector', start: 92, end: 107 },
    ]);
    expect(targets.map((t) => t.selector[0]!.exact)).toEqual(['confirmed it', 'officials added']);
  });

  it('links relations (across documents) and claim groups by annotation ids', () => {
    expect(find('urn:collate:relation:r-2')).toMatchObject({
      motivation: 'linking',
      target: ['urn:collate:annotation:a-claim', 'urn:collate:annotation:b-claim'],
      body: [
        { purpose: 'tagging', value: 'same-claim' },
        { purpose: 'describing', value: 'urn:collate:annotation:a-claim same-claim urn:collate:annotation:b-claim' },
      ],
      created: '2026-03-01T10:06:00.000Z',
    });
    expect(find('urn:collate:claim-group:g-1')).toMatchObject({
      motivation: 'linking',
      target: ['urn:collate:annotation:a-claim', 'urn:collate:annotation:b-claim'],
      body: [
        { purpose: 'tagging', value: 'claim-group' },
        { purpose: 'describing', value: 'Troops crossed every day' },
      ],
    });
  });

  it('leaves out times that are not date-times, with a warning', () => {
    const input = fixtureInput();
    const spans = new Map(input.spans);
    spans.set('d-alpha', [{ ...input.spans.get('d-alpha')![0]!, created: 'yesterday' }]);
    const result = exportDataset('w3c', { ...input, spans, relations: [], claimGroups: [] }, { date: DATE });
    const items = (JSON.parse(exportText(result.files[0]!)) as { first: { items: Annotation[] } }).first.items;
    expect(items[0]!.created).toBeUndefined();
    expect(items[0]!.modified).toBe('2026-03-02T11:30:00.000Z');
    expect(result.warnings).toContain(
      'W3C export left out times that are not ISO 8601 date-times with a time zone, on: "a-src".',
    );
  });
});
