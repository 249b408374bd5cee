import { describe, expect, it } from 'vitest';
import { docxText } from './docx-text';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

describe('docxText', () => {
  it('gives headings and paragraphs one per line, skips deletions and field codes, and appends footnotes', () => {
    const document = `<w:document ${W}><w:body>
      <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Port strike ends</w:t></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">Dockers voted </w:t></w:r><w:del><w:r><w:delText>not </w:delText></w:r></w:del><w:ins><w:r><w:t>to return</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r></w:p>
      <w:p/>
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:t>Link</w:t></w:r><w:r><w:t>ed</w:t><w:tab/><w:t>tab</w:t><w:br/><w:t>next line</w:t></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cell B</w:t><w:footnoteReference w:id="3"/></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
      <w:sectPr/></w:body></w:document>`;
    const footnotes = `<w:footnotes ${W}>
      <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
      <w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Second note.</w:t></w:r></w:p></w:footnote>
      <w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Vote of 3 May.</w:t></w:r></w:p></w:footnote>
    </w:footnotes>`;
    const core = '<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:title>Strike report</dc:title></cp:coreProperties>';
    expect(docxText({ document, footnotes, core })).toEqual({
      ok: true,
      value: {
        text: [
          'Port strike ends',
          'Dockers voted to return.[1]',
          'Linked\ttab',
          'next line',
          'Cell A',
          'Cell B[2]',
          'Box text',
          '[1] Vote of 3 May.',
          '[2] Second note.',
        ].join('\n'),
        footnoteCount: 2,
        endnoteCount: 0,
        unmappedSymbols: 0,
        title: 'Strike report',
      },
    });
  });

  it('says when document.xml is damaged or has no body', () => {
    expect(docxText({ document: '<w:document><w:body>' })).toMatchObject({
      ok: false,
      error: { code: 'bad-docx', message: expect.stringMatching(/word\/document\.xml is damaged: .*not closed/) },
    });
    expect(docxText({ document: '<w:document/>' })).toMatchObject({
      ok: false,
      error: { message: 'The document has no body (word/document.xml holds no w:body).' },
    });
  });
});
