import { describe, expect, it } from 'vitest';
import { hasAnnotatedFiles, importChunks } from './import-chunks';

const f = (name: string) => ({ name });
const names = (chunks: Array<Array<{ name: string }>>) => chunks.map((c) => c.map((x) => x.name));

describe('importChunks', () => {
  it('cuts plain files into chunks of the given size', () => {
    expect(names(importChunks(['a.txt', 'b.txt', 'c.md'].map(f), 2))).toEqual([['a.txt', 'b.txt'], ['c.md']]);
  });

  it('keeps a brat text with its .ann files, annotator files included, even when they come later', () => {
    const files = ['x.txt', 'y.txt', 'z.md', 'y.ann', 'x_anna.ann', 'x_bob.ann'].map(f);
    expect(names(importChunks(files, 2))).toEqual([['x.txt', 'x_anna.ann', 'x_bob.ann'], ['y.txt', 'y.ann'], ['z.md']]);
  });

  it('prefers the longest matching stem and sends annotation.conf with every chunk holding an .ann', () => {
    const files = ['a.txt', 'a_b.txt', 'a_b.ann', 'annotation.conf', 'c.jsonl'].map(f);
    expect(names(importChunks(files, 2))).toEqual([['a.txt'], ['a_b.txt', 'a_b.ann', 'annotation.conf'], ['c.jsonl']]);
  });

  it('never loses or duplicates a file', () => {
    const files = Array.from({ length: 23 }, (_, i) => f(`d${i % 7}${i % 3 === 0 ? '.txt' : `_${i}.ann`}`));
    expect(
      importChunks(files, 5)
        .flat()
        .map((x) => x.name)
        .sort(),
    ).toEqual(files.map((x) => x.name).sort());
  });
});

describe('hasAnnotatedFiles', () => {
  it('spots .ann, .json and .jsonl', () => {
    expect(hasAnnotatedFiles(['a.txt', 'b.md'])).toBe(false);
    expect(hasAnnotatedFiles(['a.txt', 'a.ANN'])).toBe(true);
    expect(hasAnnotatedFiles(['tasks.json'])).toBe(true);
    expect(hasAnnotatedFiles(['x.jsonl'])).toBe(true);
  });
});
