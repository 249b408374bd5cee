import { fail, ok, type Result } from '../result';
import { decodeText, type DecodedText } from './text-decoding';
import { decodeWindows1252 } from './windows-1252';

declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { readonly encoding: string; decode(input: Uint8Array): string };

const PRESCAN_BYTES = 1024;
/** Labels the WHATWG Encoding Standard maps to windows-1252. */
const WINDOWS_1252 = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'ascii',
  'us-ascii',
  'iso-ir-100',
  'csisolatin1',
  'ibm819',
  'cp819',
]);
const UTF8 = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** The charset a page declares in its first 1024 bytes (`<meta charset>`, `http-equiv` or an XML declaration), lower case. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (meta) return meta[1]!.toLowerCase();
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(head);
  return xml ? xml[1]!.toLowerCase() : null;
}

/**
 * Decodes an HTML page: a byte-order mark wins, then the charset the page declares, then strict
 * UTF-8 with Windows-1252 as the fallback. Binary data is refused.
 */
export function decodeHtml(bytes: Uint8Array): Result<DecodedText> {
  const sniffed = decodeText(bytes);
  if (!sniffed.ok) {
    return sniffed.error.code === 'binary' ? fail('binary', 'The file holds binary data, not an HTML page.') : sniffed;
  }
  if (sniffed.value.notes.some((n) => n.kind === 'byte-order-mark')) return sniffed;
  const declared = declaredHtmlCharset(bytes);
  if (!declared || declared.startsWith('utf-16') || UTF8.has(declared)) {
    if (declared && UTF8.has(declared) && sniffed.value.encoding !== 'utf-8') {
      return ok({
        ...sniffed.value,
        notes: [
          {
            kind: 'encoding',
            message: 'The page says it is UTF-8 but is not valid UTF-8; it was decoded as Windows-1252.',
          },
        ],
      });
    }
    return sniffed;
  }
  if (WINDOWS_1252.has(declared)) {
    return ok({ text: decodeWindows1252(bytes), encoding: 'windows-1252', notes: [] });
  }
  try {
    const decoder = new TextDecoder(declared);
    return ok({ text: decoder.decode(bytes), encoding: decoder.encoding, notes: [] });
  } catch {
    return ok({
      ...sniffed.value,
      notes: [
        {
          kind: 'encoding',
          message: `The page declares the unknown charset "${declared}"; it was decoded as ${sniffed.value.encoding.toUpperCase()}.`,
        },
        ...sniffed.value.notes,
      ],
    });
  }
}
