import { describe, expect, it } from 'vitest';
import type { SpanAnnotation } from '../../core/model';
import { singleChange } from './annotation-list';
import { appendSpan, recordedChange, replaceSpan } from './span-list';

const span = (id: string, start: number): SpanAnnotation =>
  ({
    id,
    documentId: 'd',
    label: 'Claim',
    start,
    end: start + 3,
    quote: 'abc',
    attributes: {},
    author: '',
    created: '',
    modified: '',
  }) as SpanAnnotation;

describe('span lists made by one edit', () => {
  const a = span('a', 0);
  const b = span('b', 10);
  const list = [a, b];

  it('remember the edit, which singleChange then answers without comparing the lists', () => {
    const c = span('c', 5);
    const added = appendSpan(list, c);
    expect(added).toEqual([a, b, c]);
    expect(recordedChange(list, added)).toEqual({ removed: null, added: c });
    expect(singleChange(list, added)).toEqual({ removed: null, added: c });

    const b2 = span('b', 12);
    const replaced = replaceSpan(added, 'b', b2);
    expect(replaced).toEqual([a, b2, c]);
    expect(singleChange(added, replaced)).toEqual({ removed: b, added: b2 });

    const removed = replaceSpan(replaced, 'a', null);
    expect(removed).toEqual([b2, c]);
    expect(recordedChange(replaced, removed)).toEqual({ removed: a, added: null });
  });

  it('answer only for the list they were made from, and leave a list without the span as it was', () => {
    const added = appendSpan(list, span('c', 5));
    expect(recordedChange([a, b], added)).toBeNull();
    expect(replaceSpan(list, 'zz', null)).toBe(list);
  });
});
