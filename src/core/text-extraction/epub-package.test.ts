import { describe, expect, it } from 'vitest';
import { epubRootfile, readEpubPackage } from './epub-package';
import { resolveZipPath } from './read-zip-directory';

describe('EPUB package files', () => {
  it('finds the package file and reads the spine in order, content documents only, with metadata', () => {
    expect(epubRootfile('<container><rootfiles><rootfile full-path="OPS/book.opf"/></rootfiles></container>')).toEqual({
      ok: true,
      value: 'OPS/book.opf',
    });
    const opf = `<package xmlns="http://www.idpf.org/2007/opf"><metadata xmlns:dc="dc"><dc:title>The  Book</dc:title><dc:creator>A. Writer</dc:creator><dc:date>2020-01-02</dc:date></metadata>
      <manifest><item id="b" href="text/b%20two.xhtml" media-type="application/xhtml+xml"/><item id="a" href="../a.xhtml#top" media-type="application/xhtml+xml"/><item id="i" href="i.png" media-type="image/png"/></manifest>
      <spine><itemref idref="a"/><itemref idref="i"/><itemref idref="b"/><itemref idref="missing"/></spine></package>`;
    expect(readEpubPackage(opf, 'OPS/book.opf')).toEqual({
      ok: true,
      value: { spine: ['a.xhtml', 'OPS/text/b two.xhtml'], title: 'The Book', author: 'A. Writer', date: '2020-01-02' },
    });
  });

  it('says what is wrong with a broken container or package', () => {
    expect(epubRootfile('<container/>')).toEqual({
      ok: false,
      error: { code: 'bad-epub', message: "The EPUB's META-INF/container.xml names no package file." },
    });
    expect(readEpubPackage('<package><metadata/></package>', 'x.opf')).toEqual({
      ok: false,
      error: { code: 'bad-epub', message: "The EPUB's package file x.opf has no manifest or no spine." },
    });
  });

  it('resolves archive paths', () => {
    expect(resolveZipPath('OEBPS/content.opf', './Text/../Text/ch1.xhtml#p2')).toBe('OEBPS/Text/ch1.xhtml');
    expect(resolveZipPath('OEBPS/content.opf', '/abs.xhtml')).toBe('abs.xhtml');
  });
});
