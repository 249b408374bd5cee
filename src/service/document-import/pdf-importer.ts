import { finishImport } from '../../core/text-extraction/finish-import';
import type { ImportedDocument } from '../../core/text-extraction/importable-formats';
import {
  assemblePdfText,
  layoutPdfPage,
  type PdfPageLayout,
  type PdfTextItem,
} from '../../core/text-extraction/pdf-layout';
import type { ImportNote } from '../../core/model';
import { fail, type Result } from '../../core/result';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoaded: Promise<PdfJs> | undefined;

/**
 * pdf.js's legacy build for Node. In Node it runs its worker code on the main thread (a "fake
 * worker"); handing it the worker module here, rather than letting it import "./pdf.worker.mjs"
 * by relative path, keeps that working inside a bundle.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoaded ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjsLoaded;
}

const isPdf = (bytes: Uint8Array): boolean => {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
};

const infoString = (info: unknown, key: string): string | null => {
  const value = info && typeof info === 'object' ? (info as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
};

/** Imports a .pdf's text layer: reading order, two columns, paragraphs, joined hyphenation, page ranges. */
export async function importPdf(fileName: string, bytes: Uint8Array): Promise<Result<ImportedDocument>> {
  if (!isPdf(bytes)) return fail('not-pdf', 'The file is not a PDF (it does not start with "%PDF-").');
  const pdfjs = await loadPdfJs();
  // pdf.js may detach the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      return fail(
        'encrypted',
        'The PDF is password-protected; open it, save a copy without the password and import that.',
      );
    }
    return fail(
      'bad-pdf',
      `The PDF cannot be read (it is damaged or truncated): ${(error as Error).message ?? String(error)}`,
    );
  }
  try {
    const layouts: PdfPageLayout[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        items.push({
          str: item.str,
          x,
          y,
          width: item.width,
          size: Math.hypot(c, d) || Math.hypot(a, b) || item.height,
        });
      }
      layouts.push(layoutPdfPage(items));
      page.cleanup();
    }
    const assembled = assemblePdfText(layouts);
    if (assembled.text.trim() === '') {
      return fail('no-text', 'This PDF has no text layer (it is a scanned image); run OCR first.');
    }
    const metadata = await pdf.getMetadata().catch(() => ({ info: undefined }));
    const notes: ImportNote[] = [
      {
        kind: 'markup',
        message: `The text layer of ${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'} was read in reading order, one paragraph per line; hyphenated line breaks were joined.`,
      },
    ];
    const twoColumn = layouts.flatMap((l, i) => (l.columns === 2 ? [i + 1] : []));
    if (twoColumn.length > 0)
      notes.push({
        kind: 'layout',
        message: `Two columns were found on page${twoColumn.length === 1 ? '' : 's'} ${twoColumn.join(', ')}; the left column is read first.`,
      });
    const empty = layouts.flatMap((l, i) => (l.paragraphs.length === 0 ? [i + 1] : []));
    if (empty.length > 0)
      notes.push({
        kind: 'content',
        message: `Page${empty.length === 1 ? '' : 's'} ${empty.join(', ')} had no text layer (scanned?); run OCR to get their text.`,
      });
    return finishImport(fileName, {
      format: 'pdf',
      encoding: 'pdf',
      text: assembled.text,
      pages: assembled.pages,
      pageNumbers: true,
      notes,
      title: infoString(metadata.info, 'Title'),
      author: infoString(metadata.info, 'Author'),
    });
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
