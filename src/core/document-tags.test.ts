import { describe, expect, it } from 'vitest';
import { assignmentProgress } from './assignment-progress';
import { changeTags, checkTag, tagCounts } from './document-tags';

describe('document tags', () => {
  it('checks a tag: trimmed, inner spaces folded, no comma, control character or leading #, at most 60', () => {
    expect(checkTag('  ceasefire   talks ')).toEqual({ ok: true, value: 'ceasefire talks' });
    for (const bad of ['', '   ', 'a,b', 'a\u0007', '#x', 'x'.repeat(61)]) expect(checkTag(bad).ok).toBe(false);
    expect(checkTag('x'.repeat(60)).ok).toBe(true);
  });

  it('adds without duplicates (any case), removes any case, keeps the order, and refuses past 50', () => {
    expect(changeTags(['Ports', 'war'], ['ports', 'new'], ['WAR'])).toEqual({ ok: true, value: ['Ports', 'new'] });
    expect(changeTags([], ['ok', 'bad,'], [])).toMatchObject({ ok: false, error: { code: 'bad-tag' } });
    const fifty = Array.from({ length: 50 }, (_, i) => `t${i}`);
    expect(changeTags(fifty, ['one more'], [])).toMatchObject({ ok: false, error: { code: 'too-many-tags' } });
    expect(changeTags(fifty, ['one more'], ['t0'])).toMatchObject({ ok: true });
  });

  it('counts documents per tag, first spelling kept, most first', () => {
    expect(tagCounts([{ tags: ['b', 'A'] }, { tags: ['a'] }, {}, { tags: ['c'] }])).toEqual([
      { tag: 'A', documents: 2 },
      { tag: 'b', documents: 1 },
      { tag: 'c', documents: 1 },
    ]);
  });
});

describe('assignment progress', () => {
  it('counts assigned, done and open per annotator, by name', () => {
    const progress = assignmentProgress([
      { annotator: 'ben', documentId: 'd1' },
      { annotator: 'ana', documentId: 'd1', done: '2026-01-01T00:00:00Z' },
      { annotator: 'ana', documentId: 'd2' },
    ]);
    expect(progress).toEqual([
      { annotator: 'ana', assigned: 2, done: 1, open: 1 },
      { annotator: 'ben', assigned: 1, done: 0, open: 1 },
    ]);
  });
});
