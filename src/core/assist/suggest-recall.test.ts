import { describe, expect, it } from 'vitest';
import { suggest, type Suggestion } from './suggest';

function spans(text: string, label: Suggestion['label']): string[] {
  return suggest({ id: 'd', text })
    .filter((s) => s.label === label)
    .map((s) =>
      s.fragments ? s.fragments.map((f) => text.slice(f.start, f.end)).join(' | ') : text.slice(s.start, s.end),
    );
}

describe('suggest: subjects and their cues', () => {
  it('reads a clause before ", said X" as content, not as the subject with an appositive', () => {
    const text = 'Tolls would rise for trucks, but for some, the fares would fall, said Ada Brook.';
    expect(spans(text, 'Source')).toEqual(['Ada Brook']);
    expect(spans('Ada Brook, who has led the board, said the pier was shut.', 'Source')).toEqual([
      'Ada Brook, who has led the board',
    ]);
  });

  it('knows the doubled forms of "slam" and "prefer"', () => {
    expect(spans('Farmers are slamming the new toll.', 'Source')).toEqual(['Farmers']);
    expect(spans('Most riders preferred the old timetable.', 'Cue')).toEqual(['preferred']);
  });

  it('leaves a frame that introduces a quotation to its own cue', () => {
    const text = 'The mayor scolded him: “The pier is closed to everyone,” she said.';
    expect(spans(text, 'Source')).toEqual(['The mayor', 'she']);
    expect(spans(text, 'Claim')).toContain('“The pier is closed to everyone,”');
  });
});
