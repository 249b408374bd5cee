import { describe, expect, it } from 'vitest';
import { CHECKABLE_SCORE, suggest, type Suggestion } from './suggest';

function spans(text: string, label: Suggestion['label']): string[] {
  return suggest({ id: 'd', text })
    .filter((s) => s.label === label)
    .map((s) =>
      s.fragments ? s.fragments.map((f) => text.slice(f.start, f.end)).join(' | ') : text.slice(s.start, s.end),
    );
}

describe('suggest: sources named after the cue', () => {
  it('reads a lower-case title, a possessive or a quantifier after "said"', () => {
    expect(spans('“The ferry runs late,” said spokesman Ivo Marsh.', 'Source')).toEqual(['spokesman Ivo Marsh']);
    expect(spans('“The ferry runs late,” said her deputy.', 'Source')).toEqual(['her deputy']);
    expect(spans('“It floods every spring,” said another.', 'Source')).toEqual(['another']);
    expect(spans('“It floods every spring,” one said.', 'Source')).toEqual(['one']);
    expect(spans('He told her the plan.', 'Source')).toEqual(['He']);
  });

  it('keeps a relative clause or an appositive with an inverted source', () => {
    expect(spans('“Tolls will rise,” said an engineer who asked not to be named.', 'Source')).toEqual([
      'an engineer who asked not to be named',
    ]);
    expect(spans('“Tolls will rise,” said Ada Brook, head of the port board.', 'Source')).toEqual([
      'Ada Brook, head of the port board',
    ]);
    expect(spans('“Tolls will rise,” said her press officer, Ada Brook.', 'Source')).toEqual([
      'her press officer, Ada Brook',
    ]);
    expect(spans('Tolls will rise, according to the board’s treasurer, Ada Brook.', 'Source')).toEqual([
      'the board’s treasurer, Ada Brook',
    ]);
  });
});

describe('suggest: more cues', () => {
  it('reads a title and a name after the cue, and "continued" closing a quotation', () => {
    expect(spans('“Stay calm,” says psychologist Nora Vance.', 'Source')).toEqual(['psychologist Nora Vance']);
    const continued = '“I know them,” he continued. “They are tired.”';
    expect(spans(continued, 'Cue')).toEqual(['continued']);
    expect(spans(continued, 'Source')).toEqual(['he']);
  });

  it('reads no source in "behind in the polls", "the survey process" or "both states"', () => {
    expect(spans('He was behind in the polls, and the gap grew.', 'Source')).toEqual([]);
    expect(spans('Errors creep in at every step in the survey process.', 'Source')).toEqual([]);
    expect(spans('Both states have close races.', 'Cue')).toEqual([]);
    expect(spans('In a poll of 900 voters, the mayor leads.', 'Source')).toEqual(['a poll']);
  });

  it('reads data that show, "referred to" and "sought"', () => {
    expect(spans('Port records show traffic fell.', 'Source')).toEqual(['Port records']);
    expect(spans('There are few polls showing Lee ahead.', 'Source')).toEqual(['few polls']);
    expect(spans('He referred to her as “the boss.”', 'Cue')).toEqual(['referred to']);
    expect(spans('The union sought a new vote.', 'Cue')).toEqual(['sought']);
  });
});

describe('suggest: source extents', () => {
  it('ends a subject before an auxiliary or an adverb, and starts it after "as"', () => {
    const shared = 'Mayor Ada Brook is closing the pier, saying it is unsafe.';
    expect(spans(shared, 'Source')).toEqual(['Mayor Ada Brook']);
    expect(spans('The pier will close, as some engineers warned.', 'Source')).toEqual(['some engineers']);
  });
});

describe('suggest: wire-report frames', () => {
  it('gives "quoted X as saying" and "X was quoted as saying" to the speaker', () => {
    const active = 'The radio quoted the harbour master, Ada Brook, as saying the pier was shut.';
    expect(spans(active, 'Source')).toEqual(['the harbour master, Ada Brook']);
    expect(spans(active, 'Cue')).toEqual(['as saying']);
    expect(spans(active, 'Claim')).toEqual(['the pier was shut']);
    const passive = 'The mayor was quoted as saying by a local paper that the pier was shut.';
    expect(spans(passive, 'Source')).toEqual(['The mayor']);
    expect(spans(passive, 'Claim')).toEqual(['the pier was shut']);
  });

  it('ends a named recipient before the content and skips a short setting before "that"', () => {
    expect(spans('The captain told Radio Harbour the pier was shut.', 'Claim')).toEqual(['the pier was shut']);
    expect(spans('The captain wrote on Facebook that the pier was shut.', 'Claim')).toEqual(['the pier was shut']);
    expect(spans('She told reporters in Lisbon that the pier was shut.', 'Claim')).toEqual(['the pier was shut']);
  });
});

describe('suggest: participles and reduced relatives', () => {
  it('finds the source of "with X saying" and "issued a statement saying"', () => {
    const absolute = 'Fares rose, with commuters saying the trains were full.';
    expect(spans(absolute, 'Source')).toEqual(['commuters']);
    expect(spans(absolute, 'Claim')).toEqual(['the trains were full']);
    const statement = 'The ferry union issued a statement saying that the strike would go ahead.';
    expect(spans(statement, 'Source')).toEqual(['The ferry union']);
    expect(spans(statement, 'Cue')).toEqual(['saying']);
    expect(spans(statement, 'Claim')).toEqual(['the strike would go ahead']);
  });

  it('keeps a participle modifying the source inside it, and does not read it as a cue', () => {
    const text = 'Figures released by the port authorities show traffic fell.';
    expect(spans(text, 'Source')).toEqual(['Figures released by the port authorities']);
    expect(spans(text, 'Cue')).toEqual(['show']);
    expect(spans('The port board said Monday that traffic fell.', 'Source')).toEqual(['The port board']);
  });
});

describe('suggest: checkable statements and claim scores', () => {
  it('suggests a clause with a figure at apply score, not a heading with one', () => {
    const text = 'The fleet has 14 boats and 300 crew. Annual ferry report, 6/4/13. The port opened in 1998 too.';
    const claims = suggest({ id: 'd', text }, { statements: false }).filter((s) => s.label === 'Claim');
    expect(claims.map((c) => [text.slice(c.start, c.end), c.reason])).toEqual([
      ['The fleet has 14 boats and 300 crew', 'statement: figure'],
      ['The port opened in 1998 too', 'statement: number and event'],
    ]);
    expect(claims.every((c) => c.score === CHECKABLE_SCORE)).toBe(true);
  });

  it('scores an attributed claim as its cue, so applying at a score keeps the three together', () => {
    const all = suggest({ id: 'd', text: 'Ferry: No crossings today.\n\nThe report shows traffic fell.' });
    for (const claim of all.filter((s) => s.label === 'Claim' && s.links?.cueId)) {
      const cue = all.find((s) => s.id === claim.links!.cueId)!;
      expect(claim.score).toBe(cue.score);
    }
    expect(all.some((s) => s.label === 'Claim' && s.links?.cueId)).toBe(true);
  });
});
