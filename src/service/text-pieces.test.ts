import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from './sha256';
import { stableJsonPieces, stableStringify } from './stable-json';
import { TEXT_PIECE, textPieces } from './text-pieces';

/** A long text with a surrogate pair across every piece boundary, a lone surrogate, quotes and newlines. */
function awkwardText(): string {
  const filler = 'a"\n\\é'.repeat(TEXT_PIECE / 5);
  return `${filler.slice(0, TEXT_PIECE - 1)}😀${filler}\ud800x${filler.slice(0, TEXT_PIECE - 2)}😀😀`;
}

describe('textPieces', () => {
  it('cuts a long text into pieces that join back to it, never inside a surrogate pair', () => {
    const text = awkwardText();
    const pieces = [...textPieces(text)];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces.slice(0, -1)) {
      const last = piece.charCodeAt(piece.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
  });

  it('gives the same SHA-256 in pieces as of the whole text, lone surrogate included', () => {
    const text = awkwardText();
    expect(sha256(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('writes a long string field in pieces exactly as JSON.stringify writes it whole', () => {
    const text = awkwardText();
    const pieces = [...stableJsonPieces({ text, spans: [{ id: 's1' }] })];
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 * TEXT_PIECE);
    const written = pieces.join('');
    expect(written).toBe(`{\n  "spans": [\n    {"id":"s1"}\n  ],\n  "text": ${JSON.stringify(text)}\n}\n`);
    expect(stableStringify({ text, spans: [{ id: 's1' }] })).toBe(written);
  });
});
