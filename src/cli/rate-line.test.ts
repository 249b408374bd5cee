import { describe, expect, it } from 'vitest';
import { rateLine } from './progress-line';

describe('the progress line of a batch', () => {
  it('shows count, rate and time left, rewritten in place on a terminal', () => {
    let clock = 0;
    let text = '';
    const line = rateLine({ isTTY: true, write: (t: string) => (text += t) }, 'Suggesting', { now: () => clock });
    clock = 10_000;
    line.show({ step: '', done: 100, total: 1000 });
    expect(text).toBe('\r\x1b[KSuggesting [100/1000] 10.0 documents/s, about 1m 30s left');
    line.clear();
    expect(text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('elsewhere writes a line at most every interval, and the last one', () => {
    let clock = 0;
    let text = '';
    const line = rateLine({ write: (t: string) => (text += t) }, 'Suggesting', { now: () => clock, everyMs: 2000 });
    line.show({ step: '', done: 0, total: 4 });
    clock = 1000;
    line.show({ step: '', done: 1, total: 4 });
    clock = 2500;
    line.show({ step: '', done: 2, total: 4 });
    clock = 3000;
    line.show({ step: '', done: 4, total: 4 });
    expect(text.split('\n')).toEqual([
      'Suggesting [0/4] 0.0 documents/s',
      'Suggesting [2/4] 0.8 documents/s, about 3s left',
      'Suggesting [4/4] 1.3 documents/s, about 0s left',
      '',
    ]);
  });
});
