import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { buildLineIndex, lineOfOffset, posToText, textToPos } from './offsets';
import { textToDocContent } from './doc-content';
import { ArticleDocument, ArticleParagraph, ArticleText } from './schema-nodes';

const schema = getSchema([ArticleDocument, ArticleParagraph, ArticleText]);
const docOf = (text: string) => schema.nodeFromJSON(textToDocContent(text));

describe('text offset ↔ PM position', () => {
  it('maps offset t on line k to t + k + 1', () => {
    const index = buildLineIndex('ab\ncd\n\nef');
    expect(textToPos(index, 0)).toBe(1);
    expect(textToPos(index, 2)).toBe(3); // end of line 0
    expect(textToPos(index, 3)).toBe(5); // start of line 1
    expect(textToPos(index, 6)).toBe(9); // empty line 2
    expect(textToPos(index, 7)).toBe(11); // start of line 3
    expect(textToPos(index, 9)).toBe(13);
  });

  it('round-trips every offset and agrees with the real document', () => {
    const texts = ['', '\n', 'a', 'one\n\ntwo 😀 three\n', '😀😀\n漢字テスト\nمرحبا بالعالم\n\n\nend', '\n\nx'];
    for (const text of texts) {
      const index = buildLineIndex(text);
      const doc = docOf(text);
      for (let t = 0; t <= text.length; t++) {
        const pos = textToPos(index, t);
        expect(posToText(index, pos)).toBe(t);
        // The character at t (when not a line break) is the same in the PM doc.
        if (t < text.length && text[t] !== '\n') {
          expect(doc.textBetween(pos, pos + 1)).toBe(text[t]);
        }
      }
      expect(textToPos(index, text.length)).toBe(doc.content.size - 1);
    }
  });

  it('counts an astral character as two positions, like the text', () => {
    const text = 'a😀b';
    const index = buildLineIndex(text);
    const doc = docOf(text);
    expect(doc.textBetween(textToPos(index, 1), textToPos(index, 3))).toBe('😀');
    expect(textToPos(index, 3)).toBe(4);
  });

  it('clamps positions between paragraphs and outside the document', () => {
    const index = buildLineIndex('ab\ncd');
    expect(posToText(index, 0)).toBe(0);
    expect(posToText(index, 4)).toBe(2); // closing token of line 0
    expect(posToText(index, 99)).toBe(5);
    expect(textToPos(index, -3)).toBe(1);
  });

  it('finds lines in a large text', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\n');
    const index = buildLineIndex(text);
    const t = text.indexOf('line 4321');
    expect(lineOfOffset(index, t)).toBe(4321);
    expect(posToText(index, textToPos(index, t))).toBe(t);
  });
});
