import { existsSync } from 'node:fs';
import { CollateError } from '../../core/collate-error';
import { pdfFooterTemplate } from './pdf-footer';

export interface PdfOptions {
  /** Aborting closes the browser at once; the promise then rejects with a `cancelled` CollateError. */
  signal?: AbortSignal;
  /** Called before each long step with a short message ("Starting Chromium…"). */
  onProgress?: (message: string) => void;
  /** A Chrome/Chromium binary to use instead of the one found. */
  executablePath?: string;
  /** Text of the footer beside the page numbers (usually the report's title). */
  footer?: string;
}

/** Where Debian, Ubuntu and Fedora put Chromium or Chrome, after Playwright's own browser. */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];

/**
 * The Chromium binary to print with: `COLLATE_CHROMIUM` when set, else Playwright's own browser
 * when it is installed, else a system Chromium/Chrome. Undefined when there is none.
 */
export async function findChromium(explicit?: string): Promise<string | undefined> {
  const wanted = explicit ?? process.env.COLLATE_CHROMIUM;
  if (wanted) return existsSync(wanted) ? wanted : undefined;
  try {
    const { chromium } = await import('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright's registry could not tell: fall back to the system's browsers.
  }
  return SYSTEM_BROWSERS.find((p) => existsSync(p));
}

function cancelled(): CollateError {
  return new CollateError('cancelled', 'Cancelled; no PDF was made.');
}

/**
 * Prints a self-contained HTML page to an A4 PDF with headless Chromium (Playwright), offline and
 * with JavaScript off. Page numbers in the footer; background colours kept; a tagged, outlined PDF.
 */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw cancelled();
  const executablePath = await findChromium(options.executablePath);
  if (!executablePath) {
    throw new CollateError(
      'no-chromium',
      `Making a PDF needs Chromium and none was found (looked for ${options.executablePath ?? process.env.COLLATE_CHROMIUM ?? `Playwright's browser and ${SYSTEM_BROWSERS.join(', ')}`}). Install it (Debian: apt-get install chromium) or set COLLATE_CHROMIUM to a Chrome/Chromium binary; or make an HTML report and print it from a browser.`,
    );
  }
  const { chromium } = await import('playwright-core');
  onProgress?.('Starting Chromium…');
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  let aborted = false;
  const onAbort = (): void => {
    aborted = true;
    void browser?.close().catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    browser = await chromium.launch({
      executablePath,
      args: LAUNCH_ARGS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 30_000,
    });
    if (aborted || signal?.aborted) throw cancelled();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    // The report is self-contained; anything else it might ask for is refused.
    await page.route(/^(?!data:|about:)/, (route) => route.abort());
    onProgress?.('Laying out the report…');
    await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
    if (aborted) throw cancelled();
    onProgress?.('Printing the PDF…');
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: pdfFooterTemplate(options.footer ?? ''),
      margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
    });
    if (aborted) throw cancelled();
    return new Uint8Array(pdf);
  } catch (error) {
    if (aborted || signal?.aborted) throw cancelled();
    if (error instanceof CollateError) throw error;
    throw new CollateError(
      'pdf-failed',
      `Chromium (${executablePath}) could not make the PDF: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await browser?.close().catch(() => undefined);
  }
}

/** Pages in a PDF made by Chromium: its page objects (`/Type /Page`, not `/Pages`). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
