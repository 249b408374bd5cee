import { BrowserWindow, session, type Session } from 'electron';
import { pdfFooterTemplate } from '../../src/service/report/pdf-footer';
import { APP_SCHEME } from './app-protocol';
import { PrintPages } from './print-page';

/** An in-memory session of its own: nothing it loads is kept, and it reaches nothing but the page it prints. */
export const PRINT_PARTITION = 'collate-print';

const pages = new PrintPages();
let printSession: Session | null = null;

function offlineSession(): Session {
  if (printSession) return printSession;
  const own = session.fromPartition(PRINT_PARTITION);
  own.protocol.handle(APP_SCHEME, async (request) => pages.serve(request));
  own.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !pages.has(details.url) }));
  own.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  own.setPermissionCheckHandler(() => false);
  printSession = own;
  return own;
}

/**
 * Prints a self-contained HTML page (the report, with its own strict CSP) to an A4 PDF in a hidden
 * window: sandboxed, JavaScript off, no preload, and offline: every request but the page is refused.
 * The page comes from memory over app://print/, never from a file.
 */
export async function printHtmlToPdf(html: string, footer: string): Promise<Uint8Array> {
  const own = offlineSession();
  const url = pages.add(html);
  let window: BrowserWindow | null = null;
  try {
    window = new BrowserWindow({
      show: false,
      width: 1000,
      height: 1400,
      webPreferences: {
        session: own,
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
    pages.remove(url);
    if (window && !window.isDestroyed()) window.destroy();
  }
}
