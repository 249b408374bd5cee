import { describe, expect, it } from 'vitest';
import { decodeText } from './text-decoding';
import { MAX_IMPORT_BYTES, textFromFile } from './text-from-file';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16le = (s: string): Uint8Array => {
  const bytes = new Uint8Array(2 + s.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    bytes[2 + i * 2] = s.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return bytes;
};

describe('decodeText', () => {
  it('reads strict UTF-8 as it is, without normalising Unicode', () => {
    const result = decodeText(utf8('e\u0301 😀 中文'));
    expect(result).toMatchObject({ ok: true, value: { text: 'e\u0301 😀 中文', encoding: 'utf-8', notes: [] } });
  });

  it('honours byte-order marks, including UTF-16', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toMatchObject({
      ok: true,
      value: { text: 'hi', encoding: 'utf-8' },
    });
    expect(decodeText(utf16le('Zoë 😀'))).toMatchObject({ ok: true, value: { text: 'Zoë 😀', encoding: 'utf-16le' } });
  });

  it('decodes invalid UTF-8 as Windows-1252 and says so', () => {
    const result = decodeText(new Uint8Array([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80]));
    expect(result).toMatchObject({ ok: true, value: { text: '“café” €', encoding: 'windows-1252' } });
    expect(result.ok && result.value.notes[0]?.message).toMatch(/not valid UTF-8.*Windows-1252/);
  });

  it('refuses empty and binary data', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toMatchObject({
      ok: false,
      error: { code: 'binary' },
    });
  });
});

describe('textFromFile', () => {
  it('turns CRLF and CR into LF and notes it', () => {
    const result = textFromFile('report.txt', utf8('Kursk offensive\r\nFirst line.\rSecond.\r\n'));
    expect(result).toMatchObject({
      ok: true,
      value: { text: 'Kursk offensive\nFirst line.\nSecond.\n', format: 'txt' },
    });
    expect(result.ok && result.value.notes.map((n) => n.kind)).toContain('line-endings');
  });

  it('renders Markdown to text without markup, one line per block', () => {
    const md =
      '# The *title*\n\nA [linked](https://example.org) word and `code` &amp; more.\nSoft break.\n\n- one\n- two\n\n> quoted\n';
    const result = textFromFile('notes.md', utf8(md));
    expect(result).toMatchObject({
      ok: true,
      value: { text: 'The title\nA linked word and code & more. Soft break.\none\ntwo\nquoted', format: 'md' },
    });
  });

  it('names the problem of an unsupported, blank or oversized file', () => {
    expect(textFromFile('a.pdf', utf8('x'))).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(textFromFile('a.txt', utf8(' \n\n '))).toMatchObject({ ok: false, error: { code: 'empty' } });
    const huge = textFromFile('big.txt', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(huge).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(!huge.ok && huge.error.message).toMatch(/50\.0 MB; Collate imports files up to 50 MB/);
  });
});
