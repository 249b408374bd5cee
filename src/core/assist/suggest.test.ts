import { describe, expect, it } from 'vitest';
import { CHECKABLE_SCORE, suggest, type Suggestion } from './suggest';

/** The suggestions of one label as [quoted text, ...] for readable assertions. */
function spans(text: string, label: Suggestion['label']): string[] {
  return suggest({ id: 'd', text })
    .filter((s) => s.label === label)
    .map((s) =>
      s.fragments ? s.fragments.map((f) => text.slice(f.start, f.end)).join(' | ') : text.slice(s.start, s.end),
    );
}

function find(text: string, label: Suggestion['label'], quote: string): Suggestion {
  const s = suggest({ id: 'd', text }).find((x) => x.label === label && text.slice(x.start, x.end) === quote);
  if (!s) throw new Error(`no ${label} suggestion "${quote}" in: ${JSON.stringify(spans(text, label))}`);
  return s;
}

describe('suggest: cues, sources and claims', () => {
  it('finds the subject, cue and reported clause of "X said Y"', () => {
    const text = 'The mayor said the bridge would reopen in May.';
    expect(spans(text, 'Source')).toEqual(['The mayor']);
    expect(spans(text, 'Cue')).toEqual(['said']);
    expect(spans(text, 'Claim')).toEqual(['the bridge would reopen in May']);
    const claim = find(text, 'Claim', 'the bridge would reopen in May');
    expect(claim.start).toBe(15);
    expect(claim.end).toBe(45);
  });

  it('handles an inverted quote with an appositive source', () => {
    const text = '“We are not leaving,” said Maria Lopez, a resident of the town.';
    expect(spans(text, 'Source')).toEqual(['Maria Lopez, a resident of the town']);
    expect(spans(text, 'Cue')).toEqual(['said']);
    expect(spans(text, 'Claim')).toEqual(['“We are not leaving,”']);
    expect(find(text, 'Source', 'Maria Lopez, a resident of the town').attributes).toEqual({
      kind: 'named person',
      named: 'yes',
    });
  });

  it('takes the clause before ", according to X" as the claim and X as the source', () => {
    const text = 'Two thousand people were evacuated, according to the regional police.';
    expect(spans(text, 'Cue')).toEqual(['according to']);
    expect(spans(text, 'Source')).toEqual(['the regional police']);
    expect(spans(text, 'Claim')).toEqual(['Two thousand people were evacuated']);
    expect(find(text, 'Source', 'the regional police').attributes).toEqual({ kind: 'government body', named: 'no' });
  });

  it('skips the recipient of "told" and a setting between subject and cue', () => {
    expect(spans('Officials told reporters that 1,200 homes lost power.', 'Claim')).toEqual(['1,200 homes lost power']);
    expect(spans('Officials told reporters that 1,200 homes lost power.', 'Source')).toEqual(['Officials']);
    const text = 'The ministry, in a statement, warned that prices could rise.';
    expect(spans(text, 'Source')).toEqual(['The ministry']);
    expect(spans(text, 'Cue')).toEqual(['warned']);
    expect(spans(text, 'Claim')).toEqual(['prices could rise']);
  });

  it('keeps "has"/"also" with the cue and trims a trailing time from the source', () => {
    const text = 'Senator Jane Doe on Tuesday also said the vote was rigged.';
    expect(spans(text, 'Source')).toEqual(['Senator Jane Doe']);
    expect(spans(text, 'Cue')).toEqual(['also said']);
    expect(find(text, 'Source', 'Senator Jane Doe').attributes).toEqual({ kind: 'official', named: 'yes' });
  });

  it('joins a quote interrupted by its speaker into one discontinuous claim', () => {
    const text = '“The water is rising,” the engineer said, “and the levee may not hold.”';
    expect(spans(text, 'Source')).toEqual(['the engineer']);
    expect(spans(text, 'Claim')).toEqual(['“The water is rising,” | “and the levee may not hold.”']);
  });

  it('does not treat a noun as a verb cue, nor nest a cue inside another claim', () => {
    expect(spans('The report was published on Friday.', 'Cue')).toEqual([]);
    // "claims" is a noun here: a noun cue with its possessor, not the verb "claims".
    expect(spans('Her claims of fraud drew a crowd to the report.', 'Cue')).toEqual(['claims of']);
    expect(spans('The claims drew a crowd to the report.', 'Cue')).toEqual([]);
    const nested = 'The governor says she believes the dam is safe.';
    expect(spans(nested, 'Cue')).toEqual(['says']);
    expect(spans(nested, 'Claim')).toEqual(['she believes the dam is safe']);
  });

  it('marks hedged claims and links claim → cue → source', () => {
    const text = 'Analysts estimate that 40 percent of the harvest was lost.';
    const claim = find(text, 'Claim', '40 percent of the harvest was lost');
    const cue = find(text, 'Cue', 'estimate');
    const source = find(text, 'Source', 'Analysts');
    expect(claim.attributes).toEqual({ certainty: 'hedged' });
    expect(claim.links).toEqual({ cueId: cue.id, sourceId: source.id });
    expect(cue.links).toEqual({ sourceId: source.id });
  });

  it('suggests the outlet’s own checkable statements at a lower score', () => {
    const text = 'The plant employs 3,400 workers. It is a nice place.';
    const claims = suggest({ id: 'd', text }).filter((s) => s.label === 'Claim');
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual(['The plant employs 3,400 workers']);
    expect(claims[0]!.score).toBeLessThan(0.5);
    expect(claims[0]!.reason).toBe('statement: number');
    expect(suggest({ id: 'd', text }, { statements: false })).toEqual([]);
  });

  it('suggests the outlet’s checkable clauses (date, figure with an event, speech frame) at apply score', () => {
    const text =
      'Rebels seized 40 villages in the north. The vote took place on Tuesday. ' +
      'It was reported that the firm lost money. The plant employs 3,400 workers. It is a nice place.';
    const claims = suggest({ id: 'd', text }, { statements: false }).filter((s) => s.label === 'Claim');
    expect(claims.map((c) => [text.slice(c.start, c.end), c.reason])).toEqual([
      ['Rebels seized 40 villages in the north', 'statement: number and event'],
      ['The vote took place on Tuesday', 'statement: date'],
      ['It was reported that the firm lost money', 'statement: reported speech'],
    ]);
    expect(claims.every((c) => c.score === CHECKABLE_SCORE)).toBe(true);
  });

  it('gives stable ids and UTF-16 offsets after astral characters', () => {
    const text = '🎉🎉 Officials said 12 bridges were closed.';
    const a = suggest({ id: 'd', text });
    const b = suggest({ id: 'd', text });
    expect(a.map((s) => s.id)).toEqual(b.map((s) => s.id));
    expect(new Set(a.map((s) => s.id)).size).toBe(a.length);
    const source = find(text, 'Source', 'Officials');
    expect(source.start).toBe(5);
    expect(source.end).toBe(14);
  });

  it('reads a dash-signed quotation and a paragraph introduced by "X said:"', () => {
    const signed = '“The roads are empty now.” ― Pedro Alves';
    expect(spans(signed, 'Source')).toEqual(['Pedro Alves']);
    expect(spans(signed, 'Claim')).toEqual(['“The roads are empty now.”']);
    const colon = 'The minister said:\n\n“We will rebuild every school.”';
    expect(spans(colon, 'Source')).toEqual(['The minister']);
    expect(spans(colon, 'Claim')).toEqual(['“We will rebuild every school.”']);
  });

  it('prefers an appositive subject to an inverted reading after a comma', () => {
    const text = 'Ada Brook, a planner at the port authority, said the pier would close.';
    expect(spans(text, 'Source')).toEqual(['Ada Brook, a planner at the port authority']);
    expect(spans(text, 'Claim')).toEqual(['the pier would close']);
    expect(spans('The pier will close, said the harbour master.', 'Source')).toEqual(['the harbour master']);
  });

  it('keeps "said of" as a cue and a party-state tag inside the source', () => {
    expect(spans('“It is a fine bridge,” she said of the new span.', 'Source')).toEqual(['she']);
    expect(spans('Sen. Carl Moss (R-S.C.) told reporters the vote would wait.', 'Source')).toEqual([
      'Sen. Carl Moss (R-S.C.)',
    ]);
  });

  it('reads capitalised cue verbs in a title-case headline', () => {
    const text = 'Ferry Fares Will Rise Next Year, Transit Chief Says';
    expect(spans(text, 'Source')).toEqual(['Transit Chief']);
    expect(spans(text, 'Cue')).toEqual(['Says']);
  });

  it('finds "as X put it" and a poll introduced by "in"', () => {
    expect(spans('The budget is a mess, as one council member put it.', 'Source')).toEqual(['one council member']);
    const poll = 'In the latest Riverside poll, the mayor leads by four points.';
    expect(spans(poll, 'Source')).toEqual(['the latest Riverside poll']);
    expect(spans(poll, 'Claim')).toEqual(['the mayor leads by four points']);
  });

  it('ignores cues inside a quotation, questions and editorial labels', () => {
    expect(spans('“People said the river was safe,” the ranger told us.', 'Source')).toEqual(['the ranger']);
    expect(spans('But what do you expect from a ferry?', 'Source')).toEqual([]);
    expect(spans('Correction: An earlier version misstated the fare.', 'Source')).toEqual([]);
    expect(spans('Having said that, the ferry is late.', 'Cue')).toEqual([]);
  });

  it('splits coordinated and subordinate clauses into separate attributions', () => {
    const both = 'Farmers want lower tariffs, and bakers want cheaper flour.';
    expect(spans(both, 'Source')).toEqual(['Farmers', 'bakers']);
    expect(spans(both, 'Claim')).toEqual(['lower tariffs', 'cheaper flour']);
    const sub = 'Before the council had weighed in, the mayor said the park would close.';
    expect(spans(sub, 'Source')).toEqual(['the council', 'the mayor']);
  });

  it('reads "plans to", "shows" before a clause and participles sharing the sentence subject', () => {
    expect(spans('The ferry company plans to add a night crossing.', 'Source')).toEqual(['The ferry company']);
    expect(spans('The average of recent counts shows Riverside ahead.', 'Source')).toEqual([
      'The average of recent counts',
    ]);
    const citing = 'In May, several unions backed the strike, citing unpaid overtime.';
    expect(spans(citing, 'Source')).toEqual(['several unions']);
    expect(spans(citing, 'Claim')).toContain('unpaid overtime');
  });
});
