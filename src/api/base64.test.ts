import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('bytesToBase64', () => {
  it('matches Node for empty, small and multi-chunk inputs', () => {
    for (const size of [0, 1, 2, 3, 1000, 0x8000, 0x8000 * 3 + 7]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 31 + 7) & 0xff);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
  });

  it('keeps UTF-8 text intact', () => {
    const bytes = new TextEncoder().encode('Emoji 😀, 漢字, مرحبا');
    expect(Buffer.from(bytesToBase64(bytes), 'base64').toString('utf8')).toBe('Emoji 😀, 漢字, مرحبا');
    expect(new TextDecoder().decode(base64ToBytes(bytesToBase64(bytes)))).toBe('Emoji 😀, 漢字, مرحبا');
  });

  it('refuses text that is not base64', () => {
    expect(() => base64ToBytes('not base64!')).toThrow();
  });
});
