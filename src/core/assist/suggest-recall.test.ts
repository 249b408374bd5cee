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

describe('suggest: small words around cues', () => {
  it('reads no cue in a participle modifying a noun ("his recently revealed plan")', () => {
    const text = 'His aides called him a genius for his recently revealed tax plan.';
    expect(spans(text, 'Cue')).toEqual(['called']);
    expect(spans(text, 'Source')).toEqual(['His aides']);
  });

  it('reads a pronoun written with its auxiliary as the subject ("he’s promoted")', () => {
    expect(spans('Those are pills he’s promoted on air.', 'Source')).toEqual(['he']);
    expect(spans('It is the plan. Trump’s claims are false.', 'Source')).toEqual([]);
  });

  it('reads a quantifier after an opening conjunction as the subject ("But some note")', () => {
    expect(spans('It is a plan. But some note that the pier is old.', 'Source')).toEqual(['some']);
  });

  it('reads "per X" as "according to X", not a rate', () => {
    const text = 'Two thirds must vote to fill a vacancy, per the party’s bylaws.';
    expect(spans(text, 'Source')).toEqual(['the party’s bylaws']);
    expect(spans(text, 'Claim')).toEqual(['Two thirds must vote to fill a vacancy']);
    expect(spans('Fares rose by a dollar per trip last year.', 'Cue')).toEqual([]);
  });
});

describe('suggest: taking sides', () => {
  it('reads poll shares that choose, back or support a candidate, each with its own claim', () => {
    const text =
      'Among voters, 46 percent would choose Lee and 44 percent would back Ray, while 1 percent support Stein.';
    expect(spans(text, 'Source')).toEqual(['46 percent', '44 percent', '1 percent']);
    expect(spans(text, 'Claim')).toEqual(['Lee', 'Ray', 'Stein']);
  });

  it('reads "voted for" and "backed" as cues, not "backed off", "came back" or "the vote"', () => {
    expect(spans('The council voted for the plan. Three unions backed the strike.', 'Source')).toEqual([
      'The council',
      'Three unions',
    ]);
    expect(spans('The mayor backed off. He came back to the port. The vote was close.', 'Cue')).toEqual([]);
  });

  it('ends a claim before ", with X saying ...", which is an attribution of its own', () => {
    const text = 'Polls show Lee with a lead, with the Herald showing her ahead 3 points.';
    expect(spans(text, 'Source')).toEqual(['Polls', 'the Herald']);
    expect(spans(text, 'Claim')).toEqual(['Lee with a lead', 'her ahead 3 points']);
  });
});

describe('suggest: stances and nested attributions', () => {
  it('reads "is a staunch opponent of" and "has long been one of the critics of" as cues', () => {
    const text = 'Kaine is a lawyer who is a staunch opponent of the death penalty.';
    expect(spans(text, 'Cue')).toEqual(['is a staunch opponent of']);
    expect(spans(text, 'Claim')).toEqual(['the death penalty']);
    expect(spans('Ray has long been one of the fiercest critics of the toll.', 'Source')).toEqual(['Ray']);
  });

  it('keeps a quotation with quoted words inside it apart from the frame introducing it', () => {
    const text = 'The mayor scolded him: “You called the pills ‘miracles,’” she said.';
    expect(spans(text, 'Source')).toEqual(['The mayor', 'she']);
  });

  it('reads "— and he noted that ..." as a new attribution, not the previous cue’s content', () => {
    const text = 'Lee said the vote would be close — and he noted that the count would take a week.';
    expect(spans(text, 'Source')).toEqual(['Lee', 'he']);
    expect(spans(text, 'Claim')).toEqual(['the vote would be close', 'the count would take a week']);
  });

  it('keeps a pronoun source at the apply cut-off when its cue is there', () => {
    const text = 'Lee admitted using the loophole. He does not defend it.';
    const he = suggest({ id: 'd', text }).find((s) => s.label === 'Source' && text.slice(s.start, s.end) === 'He');
    expect(he?.score).toBe(0.5);
  });
});

describe('suggest: clauses with an attribution of their own', () => {
  it('ends a claim before "(they want ...", and keeps a subordinate ", when X blasted ..." in it', () => {
    const bracket = 'Unions want shorter shifts (they want higher pay and suggest that pay would keep staff).';
    expect(spans(bracket, 'Source')).toEqual(['Unions', 'they']);
    expect(spans(bracket, 'Claim')).toContain('pay would keep staff');
    const when = 'The ad shows Lee saying, “That is smart,” when Ray blasted him for it.';
    expect(spans(when, 'Claim')).toContain('Lee saying, “That is smart,” when Ray blasted him for it');
  });
});

describe('suggest: cue words used as nouns or in other senses', () => {
  it('reads no cue in "people accused of", "concludes with", "an hourlong show" or "any tough questions"', () => {
    const text =
      'Kaine defended people accused of murder. The spot concludes with footage of Lee. ' +
      'The two taped an hourlong show that aired on Thursday. It was shielded from any tough questions. ' +
      'Then -- one question that has emerged is the cost.';
    expect(spans(text, 'Cue')).toEqual(['defended']);
  });

  it('still reads a quantifier standing alone and a determiner, noun and verb', () => {
    expect(spans('“We will win,” one said. The campaign says it will win.', 'Source')).toEqual(['one', 'The campaign']);
    expect(spans('The agency said in a June report that taxes rose.', 'Claim')).toEqual(['taxes rose']);
  });
});

describe('suggest: relative clauses', () => {
  it('reads no cue in "the loopholes he cited are ..."', () => {
    expect(spans('The four loopholes he cited are “tricks.”', 'Cue')).toEqual([]);
    expect(spans('He cited four loopholes.', 'Cue')).toEqual(['cited']);
  });
});

describe('suggest: headings in capitals', () => {
  it('reads no cue inside a section heading in capitals, but reads one in a transcript label', () => {
    expect(spans('FELLOW DOCTORS DON’T WANT TO WORK WITH HIM — The board met.', 'Cue')).toEqual([]);
    expect(spans('LEE SAID: “The pier is shut.”', 'Source')).toEqual(['LEE']);
  });
});

describe('suggest: claim units', () => {
  it('suggests no claim for a bare object ("does not defend it"), keeping the source and cue', () => {
    const text = 'Lee admitted using the loophole. He does not defend it.';
    expect(spans(text, 'Claim')).toEqual(['using the loophole']);
    expect(spans(text, 'Cue')).toEqual(['admitted', 'does not defend']);
  });

  it('keeps the negation of a directive with its content ("urged residents not to drive")', () => {
    expect(spans('The mayor urged residents not to drive on the bridge.', 'Claim')).toEqual([
      'not to drive on the bridge',
    ]);
    expect(spans('The union warned members never to cross the line.', 'Claim')).toEqual(['never to cross the line']);
  });
});

describe('suggest: documents as sources', () => {
  it('reads "a Herald report that ..." with the naming words as source and the report as cue', () => {
    const text = 'The ad features a Herald report that the pier lost money in the 1990s.';
    expect(spans(text, 'Source')).toEqual(['a Herald']);
    expect(spans(text, 'Cue')).toEqual(['report']);
    expect(spans(text, 'Claim')).toEqual(['the pier lost money in the 1990s']);
  });

  it('reads "The Herald report said" as a document subject, "Officials report" as a verb', () => {
    expect(spans('The Herald report said the pier lost money.', 'Source')).toEqual(['The Herald report']);
    expect(spans('Officials report the pier lost money.', 'Cue')).toEqual(['report']);
    expect(spans('He backed off, dialing back plans to cut rates.', 'Source')).toEqual([]);
  });
});

describe('suggest: people left in a state of mind', () => {
  it('reads "had Republicans wondering about" with the people as source', () => {
    expect(spans('The swoon had Republicans wondering about his health.', 'Source')).toEqual(['Republicans']);
    expect(spans('The scare has skittish voters worrying about the ticket.', 'Source')).toEqual(['skittish voters']);
    expect(spans('She has been saying it for years.', 'Source')).toEqual(['She']);
  });
});
