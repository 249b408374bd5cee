import { describe, expect, it } from 'vitest';
import { applyAppearance } from './appearance';

describe('the article text preferences', () => {
  it('become the CSS variables article-text.css reads', () => {
    const set = new Map<string, string>();
    applyAppearance(
      { textSize: 20, lineWidth: 90 },
      { setProperty: (name: string, value: string | null) => void set.set(name, value ?? '') },
    );
    expect(Object.fromEntries(set)).toEqual({ '--article-text-size': '20px', '--article-line-width': '90ch' });
  });
});
