import { describe, expect, it } from 'vitest';
import { DATE, fixtureInput } from './__fixtures__/dataset';
import { csvCell } from './csv-cell';
import { exportDataset } from '../dataset-export/export-dataset';
import { exportText } from '../dataset-export/export-text';

/** A small RFC 4180 reader: quoted fields with doubled quotes, CRLF records, embedded line breaks. */
function readCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const c = content[i]!;
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && content[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '"' || c === '\n' || c === '\r') throw new Error(`stray ${JSON.stringify(c)} at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('last record does not end with CRLF');
  return rows;
}

const files = (): Map<string, string> =>
  new Map(exportDataset('csv', fixtureInput(), { date: DATE }).files.map((f) => [f.path, exportText(f)]));

describe('CSV export', () => {
  it('starts every file with a BOM and parses back by RFC 4180 to the exact cells', () => {
    const all = files();
    expect([...all.keys()]).toEqual(['spans.csv', 'relations.csv', 'claim_groups.csv', 'README.md']);
    for (const name of ['spans.csv', 'relations.csv', 'claim_groups.csv'])
      expect(all.get(name)!.startsWith('\ufeff')).toBe(true);
    const spans = readCsv(all.get('spans.csv')!.slice(1));
    expect(spans[0]).toEqual([
      'document_id',
      'document_title',
      'span_id',
      'label',
      'start',
      'end',
      'fragments',
      'offset_unit',
      'text',
      'attributes',
      'note_html',
      'author',
      'created',
      'modified',
    ]);
    expect(spans).toHaveLength(14);
    const byId = new Map(spans.slice(1).map((r) => [r[2], r]));
    expect(byId.get('a-claim')).toEqual([
      'd-alpha',
      'Alpha report',
      'a-claim',
      'Claim',
      '17',
      '43',
      '',
      'codepoint',
      '1,500 people crossed daily',
      '{"certainty":"hedged"}',
      '<p>Check the <strong>figure</strong> &amp; source</p><p>AP says 1,200</p>',
      'ana',
      '2026-03-01T10:00:00.000Z',
      '2026-03-02T11:30:00.000Z',
    ]);
    expect(byId.get('a-cross')!.slice(4, 9)).toEqual(['30', '57', '', 'codepoint', 'crossed daily.\nThe minister']);
    expect(byId.get('a-gap')!.slice(4, 9)).toEqual([
      '64',
      '107',
      '64-76;92-107',
      'codepoint',
      'confirmed it officials added',
    ]);
    expect(byId.get('a-minister')![8]).toBe('The minister 👩‍👩‍👧');
    expect(byId.get('b-claim')!.slice(0, 2)).toEqual(['../etc/beta', 'Beta | <b>report</b>']);
  });

  it('neutralises formula-like cells with a leading apostrophe', () => {
    const spans = readCsv(files().get('spans.csv')!.slice(1));
    expect(spans.find((r) => r[2] === 'a-formula')![8]).toBe("'=SUM(A1) is -5");
    for (const v of ['=1+1', '+1', '-1', '@cmd', '\tx', '\rx'])
      expect(csvCell(v).replace(/^"|"$/g, '').startsWith("'")).toBe(true);
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes relations with both ends (across documents) and claim-group members', () => {
    const all = files();
    expect(readCsv(all.get('relations.csv')!.slice(1))[2]).toEqual([
      'r-2',
      'same-claim',
      'a-claim',
      'd-alpha',
      '1,500 people crossed daily',
      'b-claim',
      '../etc/beta',
      '11,000 troops 🚀 arrived',
      'ana',
      '2026-03-01T10:06:00.000Z',
    ]);
    expect(readCsv(all.get('claim_groups.csv')!.slice(1))).toEqual([
      ['claim_group_id', 'statement', 'span_id', 'document_id', 'text'],
      ['g-1', 'Troops crossed every day', 'a-claim', 'd-alpha', '1,500 people crossed daily'],
      ['g-1', 'Troops crossed every day', 'b-claim', '../etc/beta', '11,000 troops 🚀 arrived'],
    ]);
  });
});
