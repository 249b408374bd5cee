import { describe, expect, it } from 'vitest';
import { formatNumber } from './docx-numbering';
import { symbolText } from './docx-symbols';
import { docxText } from './docx-text';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const item = (numId: string, ilvl: number, text: string): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const level = (ilvl: number, format: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const numbering = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '%1.%2)')}${level(2, 'lowerRoman', '(%3)')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${level(0, 'upperRoman', '%1.', '<w:suff w:val="space"/>')}${level(1, 'upperLetter', '%2.')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${level(0, 'bullet', '\uf0b7', '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>')}${level(1, 'bullet', 'o')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`;

describe('docxText: lists, symbols, endnotes', () => {
  it('numbers list paragraphs per list and level, resets deeper levels, continues and restarts lists', () => {
    const body = [
      item('1', 0, 'One'),
      item('1', 1, 'One a'),
      item('1', 1, 'One b'),
      item('1', 2, 'deep'),
      item('1', 0, 'Two'),
      item('1', 1, 'Two a'),
      item('2', 0, 'Roman'),
      item('2', 1, 'Letter'),
      item('2', 0, 'Roman two'),
      item('3', 0, 'Bullet'),
      item('3', 1, 'Sub-bullet'),
      item('4', 0, 'Three (continues list 1)'),
      item('5', 0, 'Restarted'),
      item('5', 0, 'Restarted two'),
      item('0', 0, 'No list'),
      item('9', 0, 'Unknown list'),
    ].join('');
    const result = docxText({ document: `<w:document ${W}><w:body>${body}</w:body></w:document>`, numbering });
    expect(result.ok && result.value.text.split('\n')).toEqual([
      '1.\tOne',
      '1.a)\tOne a',
      '1.b)\tOne b',
      '(i)\tdeep',
      '2.\tTwo',
      '2.a)\tTwo a',
      'I. Roman',
      'A.\tLetter',
      'II. Roman two',
      '•\tBullet',
      'o\tSub-bullet',
      '3.\tThree (continues list 1)',
      '1.\tRestarted',
      '2.\tRestarted two',
      'No list',
      'Unknown list',
    ]);
  });

  it('numbers paragraphs whose style puts them in a list, following basedOn and levels tied to styles', () => {
    const styled = (style: string, text: string, own = ''): string =>
      `<w:p><w:pPr><w:pStyle w:val="${style}"/>${own}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const style = (id: string, inner: string): string =>
      `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/>${inner}</w:style>`;
    const styles = `<w:styles ${W}>
      ${style('ListNumber', '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>')}
      ${style('ListNumber2', '<w:basedOn w:val="ListNumber"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>')}
      ${style('Quote', '<w:basedOn w:val="ListNumber"/>')}
      ${style('Heading2', '<w:pPr><w:numPr><w:numId w:val="6"/></w:numPr></w:pPr>')}
      ${style('Loop', '<w:basedOn w:val="Loop2"/>')}${style('Loop2', '<w:basedOn w:val="Loop"/>')}
      <w:style w:type="character" w:styleId="Strong"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    </w:styles>`;
    const headings = `<w:abstractNum w:abstractNumId="7">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '%1.%2', '<w:pStyle w:val="Heading2"/>')}</w:abstractNum><w:num w:numId="6"><w:abstractNumId w:val="7"/></w:num>`;
    const body = [
      styled('ListNumber', 'First'),
      styled('ListNumber2', 'First a'),
      styled('Quote', 'Second (style based on List Number)'),
      styled('ListNumber', 'Own level wins', '<w:numPr><w:ilvl w:val="2"/></w:numPr>'),
      styled('ListNumber', 'Switched off', '<w:numPr><w:numId w:val="0"/></w:numPr>'),
      styled('Heading2', 'Heading at the level tied to its style'),
      styled('Loop', 'A style chain that loops'),
      styled('Strong', 'A character style is not a paragraph style'),
    ].join('');
    const result = docxText({
      document: `<w:document ${W}><w:body>${body}</w:body></w:document>`,
      numbering: numbering.replace('</w:numbering>', `${headings}</w:numbering>`),
      styles,
    });
    expect(result.ok && result.value.text.split('\n')).toEqual([
      '1.\tFirst',
      '1.a)\tFirst a',
      '2.\tSecond (style based on List Number)',
      '(i)\tOwn level wins',
      'Switched off',
      '1.1\tHeading at the level tied to its style',
      'A style chain that loops',
      'A character style is not a paragraph style',
    ]);
  });

  it('turns w:sym into Unicode and keeps an unknown glyph as its code point, counted', () => {
    const syms =
      '<w:sym w:font="Symbol" w:char="F061"/><w:sym w:font="Symbol" w:char="F0B3"/>' +
      '<w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Wingdings" w:char="F021"/><w:sym w:font="Arial" w:char="2022"/>';
    const document = `<w:document ${W}><w:body><w:p><w:r><w:t>x</w:t>${syms}</w:r></w:p></w:body></w:document>`;
    const result = docxText({ document });
    expect(result.ok && [result.value.text.split('\n'), result.value.unmappedSymbols]).toEqual([['xα≥✓\uf021•'], 1]);
    expect(symbolText('Symbol', 'F057')).toEqual({ text: 'Ω', mapped: true });
    expect(symbolText('Symbol', 'F028')).toEqual({ text: '(', mapped: true });
  });

  it('appends endnotes after footnotes as [i], [ii] in order of reference', () => {
    const document =
      `<w:document ${W}><w:body><w:p><w:r><w:t>A</w:t><w:endnoteReference w:id="4"/>` +
      '<w:footnoteReference w:id="2"/><w:t>B</w:t><w:endnoteReference w:id="3"/></w:r></w:p></w:body></w:document>';
    const note = (kind: string, id: string, text: string): string =>
      `<w:${kind} w:id="${id}"><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:${kind}>`;
    const endnotes =
      `<w:endnotes ${W}><w:endnote w:type="separator" w:id="0"><w:p/></w:endnote>` +
      `${note('endnote', '3', 'Second end.')}${note('endnote', '4', 'First end.')}</w:endnotes>`;
    const footnotes = `<w:footnotes ${W}>${note('footnote', '2', 'Foot.')}</w:footnotes>`;
    const result = docxText({ document, endnotes, footnotes });
    expect(result.ok && result.value).toMatchObject({
      text: ['A[i][1]B[ii]', '[1] Foot.', '[i] First end.', '[ii] Second end.'].join('\n'),
      footnoteCount: 1,
      endnoteCount: 2,
    });
  });

  it('formats counters as Word does', () => {
    expect([4, 9, 14, 40, 1999].map((n) => formatNumber(n, 'upperRoman'))).toEqual([
      'IV',
      'IX',
      'XIV',
      'XL',
      'MCMXCIX',
    ]);
    expect([1, 26, 27, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'aaa']);
  });
});
