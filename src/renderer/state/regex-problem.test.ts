import { describe, expect, it } from 'vitest';
import { compileQuery } from './search';

const problem = (text: string): string => {
  const compiled = compileQuery({ text, regex: true });
  return compiled.ok ? '' : compiled.error;
};

describe('a bad regular expression, in words', () => {
  it('names the mistake rather than quoting the engine', () => {
    expect(problem('ferry (run')).toBe('an opening bracket “(” is never closed');
    expect(problem('run)')).toBe('a closing bracket “)” has no opening one');
    expect(problem('[abc')).toContain('never closed with “]”');
    expect(problem('*ferry')).toContain('follows nothing it could repeat');
    expect(problem('a{3,1}')).toContain('first number is larger');
    expect(problem('ferry\\')).toContain('lone “\\”');
  });
  it('never shows the raw error', () => {
    for (const bad of ['(', ')', '[', '*', 'a{2,1}', '\\', '(?<1>x)', '\\p{Nope}', '[z-a]']) {
      expect(problem(bad)).not.toMatch(/Invalid regular expression|\//);
    }
  });
});
