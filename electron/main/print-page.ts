import { randomUUID } from 'node:crypto';
import { APP_SCHEME } from './app-protocol';

/**
 * The report page the PDF printer loads, served from memory at `app://print/<random>.html` in the
 * printer's own session: no temporary file and no file: URL (so the grantFileProtocolExtraPrivileges
 * fuse stays off), one page per print, gone as soon as it is printed.
 */
export const PRINT_HOST = 'print';

/** Only inline styles and data: images and fonts: the report is self-contained, and nothing else loads. */
export const PRINT_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/** The report with the print policy in a <meta> as well as the header, so a saved copy keeps it. */
export function withPrintPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_POLICY}">`;
  return /<head(\s[^>]*)?>/i.test(html)
    ? html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`)
    : `${meta}${html}`;
}

const notFound = (): Response =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The pages waiting to be printed, by URL. */
export class PrintPages {
  private readonly pages = new Map<string, string>();

  /** Holds a page and returns its one-time address. */
  add(html: string): string {
    const url = `${APP_SCHEME}://${PRINT_HOST}/${randomUUID()}.html`;
    this.pages.set(url, withPrintPolicy(html));
    return url;
  }

  remove(url: string): void {
    this.pages.delete(url);
  }

  has(url: string): boolean {
    return this.pages.has(url);
  }

  /** Answers one request of the printer's session: a page it holds, under the print policy; else 404. */
  serve(request: { url: string; method?: string }): Response {
    const html = this.pages.get(request.url);
    if (html === undefined || (request.method && request.method !== 'GET')) return notFound();
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PRINT_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  }
}
