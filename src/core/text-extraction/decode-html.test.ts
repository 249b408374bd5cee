import { describe, expect, it } from 'vitest';
import { declaredHtmlCharset, decodeHtml } from './decode-html';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeHtml', () => {
  it('honours <meta charset> and http-equiv for pages that are not UTF-8', () => {
    const cp1251 = bytes('<meta charset="windows-1251"><p>', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], '</p>');
    expect(declaredHtmlCharset(cp1251)).toBe('windows-1251');
    expect(decodeHtml(cp1251)).toEqual({
      ok: true,
      value: { text: '<meta charset="windows-1251"><p>Привет</p>', encoding: 'windows-1251', notes: [] },
    });
    const latin = bytes(
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf',
      [0xe9, 0x93],
      '</p>',
    );
    expect(decodeHtml(latin)).toMatchObject({
      ok: true,
      value: { text: expect.stringContaining('café“'), encoding: 'windows-1252' },
    });
  });

  it('reads undeclared UTF-8 and refuses binary data', () => {
    expect(decodeHtml(bytes('<p>Zoë 😀</p>'))).toEqual({
      ok: true,
      value: { text: '<p>Zoë 😀</p>', encoding: 'utf-8', notes: [] },
    });
    expect(decodeHtml(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({
      ok: false,
      error: { code: 'binary', message: 'The file holds binary data, not an HTML page.' },
    });
  });
});
