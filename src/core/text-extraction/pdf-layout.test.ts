import { describe, expect, it } from 'vitest';
import { assemblePdfText, joinPdfLines, layoutPdfPage, type PdfTextItem } from './pdf-layout';

/** Items of one line set in 10 pt type, about 5 pt per character. */
const line = (x: number, y: number, str: string, size = 10): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});

describe('layoutPdfPage', () => {
  it('reads a two-column page left column first, with a full-width headline and footer in place', () => {
    const items = [
      line(72, 720, 'Bridge Reopens', 18),
      line(320, 690, 'Right column opens'),
      line(72, 690, 'Left column opens'),
      line(320, 678, 'and ends here.'),
      line(72, 678, 'and goes on.'),
      line(72, 652, 'New left paragraph.'),
      line(72, 60, 'A footer line that is wide enough to cross the gutter of this page'),
    ];
    expect(layoutPdfPage(items)).toEqual({
      columns: 2,
      paragraphs: [
        ['Bridge Reopens'],
        ['Left column opens', 'and goes on.'],
        ['New left paragraph.'],
        ['Right column opens', 'and ends here.'],
        ['A footer line that is wide enough to cross the gutter of this page'],
      ],
    });
  });

  it('keeps one column as it is and splits paragraphs at wide gaps and indents, joining items on a baseline', () => {
    const items = [
      { str: 'First', x: 72, y: 700, width: 25, size: 10 },
      { str: 'line', x: 99.5, y: 700.5, width: 20, size: 10 },
      line(72, 688, 'second line.'),
      line(72, 664, 'After a gap.'),
      line(84, 652, 'Indented start.'),
      line(72, 640, 'and more.'),
    ];
    expect(layoutPdfPage(items)).toEqual({
      columns: 1,
      paragraphs: [['First line', 'second line.'], ['After a gap.'], ['Indented start.', 'and more.']],
    });
  });

  it('continues a paragraph into the next column only when it goes on in lower case', () => {
    const items = [
      line(72, 700, 'A sentence that runs'),
      line(72, 688, 'to the foot of the'),
      line(320, 700, 'column and on.'),
      line(320, 688, 'Then more.'),
    ];
    expect(layoutPdfPage(items).paragraphs).toEqual([
      ['A sentence that runs', 'to the foot of the', 'column and on.', 'Then more.'],
    ]);
  });
});

describe('joinPdfLines', () => {
  it('joins a line-end hyphen only before a lower-case letter', () => {
    expect(joinPdfLines(['an exam-', 'ple here'])).toBe('an example here');
    expect(joinPdfLines(['soft exam\u00ad', 'ple'])).toBe('soft example');
    expect(joinPdfLines(['Jean-', 'Pierre said'])).toBe('Jean-Pierre said');
    expect(joinPdfLines(['COVID-', '19 cases'])).toBe('COVID-19 cases');
    expect(joinPdfLines(['a dash —', 'then'])).toBe('a dash —then');
    expect(joinPdfLines(['plain', 'words'])).toBe('plain words');
    expect(joinPdfLines(['中文', '文本'])).toBe('中文文本');
  });

  it('keeps the hyphen of a word the document writes hyphenated elsewhere', () => {
    expect(joinPdfLines(['a well-', 'known fact'], new Set(['well-known']))).toBe('a well-known fact');
  });
});

describe('assemblePdfText', () => {
  it('puts one paragraph per line and gives each page its UTF-16 range', () => {
    const result = assemblePdfText([
      { columns: 1, paragraphs: [['Page one 😀 has a well-known fact and an exam-', 'ple.'], ['Next.']] },
      { columns: 1, paragraphs: [] },
      { columns: 1, paragraphs: [['A well-', 'known end.']] },
    ]);
    expect(result.text).toBe('Page one 😀 has a well-known fact and an example.\nNext.\nA well-known end.');
    expect(result.pages).toEqual([
      { page: 1, start: 0, end: 55 },
      { page: 2, start: 55, end: 55 },
      { page: 3, start: 56, end: 73 },
    ]);
  });
});
