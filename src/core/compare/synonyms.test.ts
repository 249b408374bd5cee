import { describe, expect, it } from 'vitest';
import { contentStems } from './features';
import { compareArticles } from './index';

const meet = (a: string, b: string): string[] => {
  const y = contentStems(b);
  return [...contentStems(a)].filter((w) => y.has(w));
};

describe('news synonyms', () => {
  it('lets two wordings of one act share a word, in any inflection', () => {
    expect(meet('obtained a warrant', 'got a warrant')).toHaveLength(2);
    expect(meet('purchased buses', 'bought buses')).toHaveLength(2);
    expect(meet('people were slain', 'people were killed')).toHaveLength(2);
    expect(meet('disclosed losses', 'revealed losses')).toHaveLength(2);
  });
  it('keeps directions and words of several senses apart', () => {
    expect(meet('prices rose', 'prices fell')).toHaveLength(1);
    expect(meet('peace talks', 'a meeting')).toEqual([]);
  });
  it('groups two articles that word one act differently', () => {
    const found = compareArticles(
      [
        {
          id: 'a',
          published: '2024-03-07',
          text: 'The ministry said on Tuesday that the city purchased 40 electric buses. The mayor opened a new school.',
        },
        {
          id: 'b',
          published: '2024-03-07',
          text: 'Officials said the council bought electric buses on Tuesday. Rain is expected over the weekend in the capital.',
        },
      ],
      [],
    );
    expect(found.groups.map((g) => g.members.map((m) => m.text))).toEqual([
      ['the city purchased 40 electric buses', 'the council bought electric buses on Tuesday'],
    ]);
  });
});
