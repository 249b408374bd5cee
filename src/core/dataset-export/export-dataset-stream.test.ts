import { describe, expect, it } from 'vitest';
import { DATE, fixtureInput } from '../formats/__fixtures__/dataset';
import { buildWebAnnotations } from '../formats/web-annotation';
import { exportJsonl } from '../formats/jsonl';
import { prepareDataset } from './prepare-dataset';
import { canStream, exportDataset, exportDatasetStream, type DatasetFormatName } from './export-dataset';
import type { ExportOptions } from './types';

const joined = (format: DatasetFormatName, options: ExportOptions) => {
  const { files, warnings } = exportDatasetStream(format, fixtureInput(), options);
  return { files: files.map((f) => ({ path: f.path, content: [...f.chunks()].join('') })), warnings };
};

describe('a streamed export', () => {
  const split = { seed: 's', train: 1, dev: 1, test: 1 };
  for (const format of ['jsonl', 'w3c'] as const) {
    for (const options of [{ date: DATE }, { date: DATE, split }, { date: DATE, labels: ['Claim'] }]) {
      it(`${format} ${JSON.stringify(options)}: the same files, bytes and warnings as the whole export`, () => {
        expect(canStream(format)).toBe(true);
        expect(joined(format, options)).toEqual(exportDataset(format, fixtureInput(), options));
      });
    }
  }

  it('w3c: the bytes of the whole collection stringified at once, as before streaming', () => {
    const { data } = prepareDataset(fixtureInput(), { date: DATE });
    const { annotations } = buildWebAnnotations(data);
    const collection = 'urn:collate:collection:dataset';
    const whole = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: collection,
      type: 'AnnotationCollection',
      label: 'Collate dataset',
      total: annotations.length,
      first: { id: `${collection}:page:1`, type: 'AnnotationPage', startIndex: 0, items: annotations },
      last: `${collection}:page:1`,
    };
    expect(annotations.length).toBeGreaterThan(3);
    expect(joined('w3c', { date: DATE }).files[0]!.content).toBe(JSON.stringify(whole, null, 2) + '\n');
    const empty = joined('w3c', { date: DATE, labels: ['Nothing'], documentIds: [] }).files[0]!.content;
    expect(JSON.parse(empty)).toMatchObject({ total: 0, first: { items: [] } });
  });

  it('w3c: a corpus of links comes in chunks of 500, the same bytes as the whole collection', () => {
    const input = fixtureInput();
    const [first, second] = [...input.spans.values()].flat();
    const relations = Array.from({ length: 1_201 }, (_, n) => ({
      id: `r-${n}`,
      type: 'supports',
      from: first!.id,
      to: second!.id,
      author: 'ana',
      created: '2025-01-01T00:00:00.000Z',
    }));
    const many = { ...input, relations: [...input.relations, ...relations] };
    const { files } = exportDatasetStream('w3c', many, { date: DATE });
    const chunks = [...files[0]!.chunks()];
    const whole = exportDataset('w3c', many, { date: DATE }).files[0]!.content as string;
    expect(chunks.join('')).toBe(whole);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(whole.length / 2);
    expect((JSON.parse(whole) as { total: number }).total).toBeGreaterThan(1_201);
  });

  it('jsonl: the lines exportJsonl writes', () => {
    const { data } = prepareDataset(fixtureInput(), { date: DATE });
    expect(joined('jsonl', { date: DATE }).files[0]!.content).toBe(exportJsonl(data));
  });

  it('refuses a format that cannot stream', () => {
    expect(canStream('conll')).toBe(false);
    expect(() => exportDatasetStream('conll', fixtureInput(), { date: DATE })).toThrow(/cannot be streamed/);
  });
});
