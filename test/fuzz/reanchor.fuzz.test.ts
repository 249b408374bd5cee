import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reanchorSpan } from '../../src/core/anchoring/reanchor';
import { createSpan } from '../../src/core/create-span';
import { defaultSchema } from '../../src/core/default-schema';
import { FUZZ_RUNS } from './fuzz-runs';

const text = fc.string({ unit: 'grapheme', minLength: 2, maxLength: 300 });

describe('fuzz: re-anchoring', () => {
  it('either places a span on text that matches what it says, or orphans it unchanged', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (oldText, newText, a, b) => {
        const start = a % oldText.length;
        const end = start + 1 + (b % (oldText.length - start));
        const made = createSpan(
          { id: 'd', text: oldText },
          defaultSchema,
          { label: 'Claim', start, end },
          { id: 's', author: 'x', now: 'n' },
        );
        fc.pre(made.ok);
        if (!made.ok) return;
        const result = reanchorSpan(made.value, newText, oldText);
        if (result.outcome === 'orphaned') expect(result.span).toEqual(made.value);
        else {
          expect(result.span.start).toBeGreaterThanOrEqual(0);
          expect(result.span.end).toBeLessThanOrEqual(newText.length);
          expect(result.span.quote).toBe(newText.slice(result.span.start, result.span.end));
          if (result.outcome !== 'fuzzy') expect(result.span.quote).toBe(made.value.quote);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('keeps every span of an unchanged text, and moves it by the length of an insertion before it', () => {
    fc.assert(
      fc.property(text, text, fc.nat(), (body, insert, a) => {
        const start = a % body.length;
        const made = createSpan(
          { id: 'd', text: body },
          defaultSchema,
          { label: 'Claim', start, end: body.length },
          { id: 's', author: 'x', now: 'n' },
        );
        fc.pre(made.ok);
        if (!made.ok) return;
        expect(reanchorSpan(made.value, body, body).outcome).toBe('kept');
        const moved = reanchorSpan(made.value, insert + body, body);
        expect(moved.outcome === 'kept' || moved.outcome === 'moved').toBe(true);
        expect(moved.span.quote).toBe(made.value.quote);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
