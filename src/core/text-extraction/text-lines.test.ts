import { describe, expect, it } from 'vitest';
import { TextLines } from './text-lines';

describe('TextLines', () => {
  it('joins many lines by "\\n" across its blocks and counts them', () => {
    const lines = new TextLines();
    const expected: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const line = `line ${i} ${'é😀'.repeat(i % 7)}`;
      lines.push(line);
      expected.push(line);
    }
    expect(lines.length).toBe(20_000);
    expect(lines.text()).toBe(expected.join('\n'));
  });

  it('turns a lone surrogate (invalid UTF-16) into U+FFFD, one code unit for one, so offsets stay', () => {
    const lines = new TextLines();
    lines.push('a\ud800b');
    lines.push('\udc00');
    expect(lines.text()).toBe('a\ufffdb\n\ufffd');
  });

  it('gives an empty text for no lines', () => {
    expect(new TextLines().text()).toBe('');
  });
});
