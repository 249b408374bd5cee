import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textFromFile } from '../../src/core/text-extraction/text-from-file';
import { FUZZ_RUNS } from './fuzz-runs';

describe('fuzz: text import', () => {
  it('turns any bytes into a result, never a throw; texts have only LF line ends', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('a.txt', 'b.md'), (bytes, name) => {
        const result = textFromFile(name, bytes);
        if (result.ok) {
          expect(result.value.text).not.toContain('\r');
          expect(result.value.text.trim()).not.toBe('');
        } else expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('keeps any valid UTF-8 text exactly, but for line endings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }), (text) => {
        fc.pre(text.trim() !== '' && !/[\u0000-\u0008\u000e-\u001f]/.test(text));
        const result = textFromFile('a.txt', new TextEncoder().encode(text));
        expect(result).toMatchObject({ ok: true, value: { text: text.replace(/\r\n?/g, '\n') } });
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
