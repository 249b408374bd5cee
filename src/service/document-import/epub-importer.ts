import { epubRootfile, readEpubPackage } from '../../core/text-extraction/epub-package';
import { finishImport } from '../../core/text-extraction/finish-import';
import { checkMarkup, MARKUP_LIMITS } from '../../core/text-extraction/markup-limits';
import type { ImportedDocument } from '../../core/text-extraction/importable-formats';
import { looksLikeZip } from '../../core/text-extraction/read-zip-directory';
import { TextLines } from '../../core/text-extraction/text-lines';
import { XhtmlText } from '../../core/text-extraction/xhtml-text';
import { MAX_XML_DEPTH, XmlStream } from '../../core/text-extraction/xml-stream';
import { fail, ok, type Result } from '../../core/result';
import { decodeHTMLStrict } from 'entities';
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

  const lines = new TextLines();
  const readAsHtml: Array<{ path: string; why: string }> = [];
  let missing = 0;
  for (const path of pack.value.spine) {
    const chapter = await readChapter(archive, path);
    if (!chapter.ok) return chapter;
    if (chapter.value === 'missing') missing++;
    else {
      if (chapter.value.notXml) readAsHtml.push({ path, why: chapter.value.notXml });
      lines.append(chapter.value.lines);
    }
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
  if (readAsHtml.length > 0) notes.push(notXmlNote(readAsHtml));
  return finishImport(fileName, {
    format: 'epub',
    encoding: 'utf-8',
    text: lines.text(),
    notes,
    title: pack.value.title ?? null,
    author: pack.value.author ?? null,
    outlet: pack.value.publisher ?? null,
    published: pack.value.date ?? null,
  });
}

/** The text of HTML's named entities (`&nbsp;`, `&mdash;`…), which XHTML chapters use without a DTD. */
function htmlEntity(name: string): string | undefined {
  const reference = `&${name};`;
  const text = decodeHTMLStrict(reference);
  return text === reference ? undefined : text;
}

interface ChapterText {
  lines: TextLines;
  /** Why the chapter is not well-formed XHTML, when it was read as HTML instead. */
  notXml?: string;
}

/**
 * One spine chapter's lines. XHTML is XML, so it is read as XML while it is unpacked, without a
 * tree (so "<div/>" is empty, as its author meant); a chapter that is not well-formed XML is read
 * again, whole, as an HTML page, the only case that needs a DOM.
 */
async function readChapter(archive: ZipArchive, path: string): Promise<Result<ChapterText | 'missing'>> {
  const lines = new TextLines();
  const reader = new XhtmlText(lines);
  const xml = new XmlStream(reader, htmlEntity);
  const streamed = await archive.streamText(path, (text) => xml.write(text));
  if (!streamed.ok) return streamed;
  if (!streamed.value) return ok('missing');
  const notXml = xml.end();
  if (notXml === null) {
    reader.end();
    return ok({ lines });
  }
  if (xml.tooDeep) {
    const limit = Math.min(MAX_XML_DEPTH, MARKUP_LIMITS.maxDepth).toLocaleString('en-US');
    return fail(
      'too-deep',
      `The chapter ${path} has elements nested more than ${limit} levels deep; Collate reads markup nested up to ${limit} levels (deeper markup is damaged or hostile).`,
    );
  }
  const markup = await archive.readText(path);
  if (!markup.ok) return markup;
  const asHtml = checkMarkup(markup.value ?? '', 'html', `The chapter ${path}`);
  if (!asHtml.ok) return asHtml;
  const parser = new (await inertDom('')).window.DOMParser();
  const document = parser.parseFromString(dropInlineData(markup.value ?? ''), 'text/html');
  const htmlLines = new TextLines();
  if (document.body) for (const line of htmlBlocks(document.body)) htmlLines.push(line);
  return ok({ lines: htmlLines, notXml });
}

/** Names the chapters that were read as HTML pages because they are not well-formed XHTML, and why. */
function notXmlNote(chapters: Array<{ path: string; why: string }>): ImportedDocument['notes'][number] {
  const { path, why } = chapters[0]!;
  const message =
    chapters.length === 1
      ? `The chapter ${path} is not well-formed XHTML (${why}); it was read as an HTML page, as a browser would.`
      : `${chapters.length} chapters are not well-formed XHTML and were read as HTML pages, as a browser would (the first, ${path}: ${why}).`;
  return { kind: 'markup', message };
}
