import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type Session } from 'electron';
import { pdfFooterTemplate } from '../../src/service/report/pdf-footer';

/** An in-memory session of its own: nothing it loads is kept, and it reaches nothing but the page it prints. */
export const PRINT_PARTITION = 'collate-print';

/** Added to the report's own policy (both apply): nothing but inline styles and data: images. */
const PRINT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

const allowed = new Set<string>();
let printSession: Session | null = null;

function offlineSession(): Session {
  if (printSession) return printSession;
  const own = session.fromPartition(PRINT_PARTITION);
  own.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowed.has(details.url) }));
  own.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  own.setPermissionCheckHandler(() => false);
  printSession = own;
  return own;
}

function withPrintPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_POLICY}">`;
  return /<head(\s[^>]*)?>/i.test(html)
    ? html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`)
    : `${meta}${html}`;
}

/**
 * Prints a self-contained HTML page (the report, with its own strict CSP) to an A4 PDF in a hidden
 * window: sandboxed, JavaScript off, no preload, and offline: every request but the page is refused.
 */
export async function printHtmlToPdf(html: string, footer: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'collate-print-'));
  const page = join(folder, 'report.html');
  const url = pathToFileURL(page).href;
  let window: BrowserWindow | null = null;
  try {
    await writeFile(page, withPrintPolicy(html), { flag: 'wx' });
    allowed.add(url);
    window = new BrowserWindow({
      show: false,
      width: 1000,
      height: 1400,
      webPreferences: {
        session: offlineSession(),
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    await window.loadURL(url);
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: pdfFooterTemplate(footer),
      margins: { top: 0.55, bottom: 0.63, left: 0.47, right: 0.47 },
    });
    return new Uint8Array(pdf);
  } finally {
    allowed.delete(url);
    if (window && !window.isDestroyed()) window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
