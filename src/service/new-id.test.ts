import { describe, expect, it } from 'vitest';
import { isGeneratedId, newId } from './new-id';

describe('newId', () => {
  it('gives well-formed ids, all different, across many draws of random bytes', () => {
    const ids = Array.from({ length: 2000 }, () => newId('s'));
    expect(ids.every((id) => isGeneratedId(id, 's'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
