import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/core/formats/csv-cell';
import { DATE, fixtureInput } from '../../src/core/formats/__fixtures__/dataset';
import { exportDataset } from '../../src/core/dataset-export/export-dataset';
import { exportText } from '../../src/core/dataset-export/export-text';

// Issue #16, item 6: exports that cannot break a reader's line structure or run in a spreadsheet.

describe('brat export', () => {
  it('keeps a note with carriage returns and other line breaks on one AnnotatorNotes line', () => {
    const fixture = fixtureInput();
    const [documentId, spans] = [...fixture.spans.entries()][0]!;
    const note = 'first\rsecond\u2028third\u0085fourth\r\nfifth';
    const input = {
      ...fixture,
      spans: new Map([...fixture.spans, [documentId, [{ ...spans[0]!, note }, ...spans.slice(1)]]]),
    };
    const ann = exportText(exportDataset('brat', input, { date: DATE }).files.find((f) => f.path.endsWith('.ann'))!);
    const noteLine = ann.split('\n').find((line) => line.startsWith('#') && line.includes('first'))!;
    expect(noteLine).toMatch(/\tfirst second third fourth fifth$/);
    for (const line of ann.split('\n').slice(0, -1))
      expect(line, 'every .ann line is a brat line').toMatch(/^[TAR#]\d+\t/);
    expect(ann).not.toMatch(/[\r\u2028\u0085]/);
  });
});

describe('CSV cells', () => {
  it('quotes a cell that another separator would split into a formula', () => {
    for (const value of ['a;=1+2', 'a\t=1+2', 'a|=1+2']) expect(csvCell(value)).toBe(`"${value}"`);
  });

  it('neutralises formulas inside every cell of a CSV export: notes, titles and quotes', () => {
    const fixture = fixtureInput();
    const [documentId, spans] = [...fixture.spans.entries()][0]!;
    const hostile = ['a;=1+2', 'b|=cmd', 'c\t@SUM(1)', '-2+3;=x', '=HYPERLINK("x")'];
    const input = {
      ...fixture,
      documents: fixture.documents.map((d) => (d.id === documentId ? { ...d, title: hostile[1]! } : d)),
      spans: new Map([
        ...fixture.spans,
        [documentId, spans.map((span, i) => ({ ...span, note: hostile[i % hostile.length]! }))],
      ]),
    };
    const csv = exportDataset('csv', input, { date: DATE })
      .files.filter((f) => f.path.endsWith('.csv'))
      .map(exportText)
      .join('');
    expect(csv).toContain('"a;=1+2"');
    // Read as a spreadsheet set to any of the separators would: no piece outside quotes starts a formula.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '""');
    for (const piece of unquoted.split(/[,;|\t\r\n]/)) expect(piece, piece).not.toMatch(/^[=+\-@]/);
  });
});
