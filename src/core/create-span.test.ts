import { describe, expect, it } from 'vitest';
import { createSpan } from './create-span';
import { defaultSchema } from './default-schema';

const doc = { id: 'd-1', text: 'He said 😀 the army lost 1,500 troops.' };
const provenance = { id: 's-1', author: 'ana', now: '2026-01-01T00:00:00.000Z' };

describe('createSpan', () => {
  it('stores the quote and its context with the offsets', () => {
    const start = doc.text.indexOf('the army');
    const result = createSpan(doc, defaultSchema, { label: 'Claim', start, end: start + 8 }, provenance);
    expect(result.ok && result.value).toMatchObject({
      quote: 'the army',
      prefix: 'He said 😀 ',
      label: 'Claim',
      documentId: 'd-1',
    });
  });

  it('widens a range that would cut an emoji in half', () => {
    const emoji = doc.text.indexOf('😀');
    const result = createSpan(doc, defaultSchema, { label: 'Claim', start: emoji + 1, end: emoji + 2 }, provenance);
    expect(result.ok && result.value.quote).toBe('😀');
  });

  it('refuses an unknown label, an empty or blank range, and one past the end', () => {
    const make = (label: string, start: number, end: number) =>
      createSpan(doc, defaultSchema, { label, start, end }, provenance);
    expect(make('Nope', 0, 2)).toMatchObject({ ok: false, error: { code: 'unknown-label' } });
    expect(make('Claim', 3, 3)).toMatchObject({ ok: false, error: { code: 'empty-span' } });
    expect(make('Claim', 2, 3)).toMatchObject({ ok: false, error: { code: 'empty-span' } });
    expect(make('Claim', 0, 999)).toMatchObject({ ok: false, error: { code: 'out-of-range' } });
  });
});
