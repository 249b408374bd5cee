import { epubRootfile, readEpubPackage } from '../../core/text-extraction/epub-package';
import { finishImport } from '../../core/text-extraction/finish-import';
import { checkMarkup } from '../../core/text-extraction/markup-limits';
import type { ImportedDocument } from '../../core/text-extraction/importable-formats';
import { looksLikeZip } from '../../core/text-extraction/read-zip-directory';
import { fail, type Result } from '../../core/result';
import { htmlBlocks } from './html-blocks';
import { dropInlineData } from './html-importer';
import { inertDom } from './inert-dom';
import { ZipArchive, ZIP_LIMITS, type ZipReadLimits } from './read-zip';

/** Imports an .epub: its spine's chapters in reading order, each block one line. */
export async function importEpub(
  fileName: string,
  bytes: Uint8Array,
  limits: ZipReadLimits = ZIP_LIMITS,
): Promise<Result<ImportedDocument>> {
  if (!looksLikeZip(bytes))
    return fail('not-epub', 'The file is not an EPUB book (an .epub is a zip archive, and this file is not one).');
  const opened = ZipArchive.open(bytes, limits);
  if (!opened.ok) return opened;
  const archive = opened.value;
  if (archive.has('META-INF/encryption.xml')) {
    return fail(
      'encrypted',
      'The EPUB is protected by DRM (it has META-INF/encryption.xml); Collate can only import unprotected books.',
    );
  }
  const container = await archive.readText('META-INF/container.xml');
  if (!container.ok) return container;
  if (container.value === undefined)
    return fail('not-epub', 'The zip archive is not an EPUB book (it has no META-INF/container.xml).');
  const opfPath = epubRootfile(container.value);
  if (!opfPath.ok) return opfPath;
  const opf = await archive.readText(opfPath.value);
  if (!opf.ok) return opf;
  if (opf.value === undefined) return fail('bad-epub', `The EPUB's package file ${opfPath.value} is missing.`);
  const pack = readEpubPackage(opf.value, opfPath.value);
  if (!pack.ok) return pack;

  const window = (await inertDom('')).window;
  const parser = new window.DOMParser();
  const lines: string[] = [];
  let missing = 0;
  for (const path of pack.value.spine) {
    const chapter = await archive.readText(path);
    if (!chapter.ok) return chapter;
    if (chapter.value === undefined) {
      missing++;
      continue;
    }
    // XHTML as XML first (so "<div/>" is empty, as its author meant); pages that are not well-formed XML, as HTML.
    const asXml = checkMarkup(chapter.value, 'xml', `The chapter ${path}`);
    if (!asXml.ok) return asXml;
    const markup = dropInlineData(chapter.value);
    let document = parser.parseFromString(markup, 'application/xhtml+xml');
    if (!document.body || document.getElementsByTagName('parsererror').length > 0) {
      const asHtml = checkMarkup(chapter.value, 'html', `The chapter ${path}`);
      if (!asHtml.ok) return asHtml;
      document = parser.parseFromString(markup, 'text/html');
    }
    if (document.body) lines.push(...htmlBlocks(document.body));
  }
  const notes: ImportedDocument['notes'] = [
    {
      kind: 'markup',
      message: `The book's ${pack.value.spine.length - missing} chapter files were turned into plain text, one paragraph per line.`,
    },
  ];
  if (missing > 0)
    notes.push({
      kind: 'content',
      message: `${missing} chapter file${missing === 1 ? ' named in the spine is' : 's named in the spine are'} missing from the archive.`,
    });
  return finishImport(fileName, {
    format: 'epub',
    encoding: 'utf-8',
    text: lines.join('\n'),
    notes,
    title: pack.value.title ?? null,
    author: pack.value.author ?? null,
    outlet: pack.value.publisher ?? null,
    published: pack.value.date ?? null,
  });
}
