import { describe, expect, it } from 'vitest';
import { suggest, type Suggestion } from './suggest';

function spans(text: string, label: Suggestion['label']): string[] {
  return suggest({ id: 'd', text })
    .filter((s) => s.label === label)
    .map((s) => text.slice(s.start, s.end));
}

describe('suggest: reporting nouns', () => {
  it('reads the possessor of a reporting noun as its source and the complement as its claim', () => {
    const text = 'The mayor’s claims that the bridge is safe drew criticism.';
    expect(spans(text, 'Source')).toEqual(['The mayor’s']);
    expect(spans(text, 'Cue')).toEqual(['claims']);
    expect(spans(text, 'Claim')).toEqual(['the bridge is safe drew criticism']);
    expect(spans('His harsh criticism of the port board surprised no one.', 'Cue')).toEqual(['harsh criticism of']);
    expect(spans('His harsh criticism of the port board surprised no one.', 'Source')).toEqual(['His']);
  });

  it('needs a complement, and a noun of saying or believing', () => {
    expect(spans('The mayor’s comments drew criticism.', 'Cue')).toEqual([]);
    expect(spans('The mayor’s decision to close the bridge drew criticism.', 'Cue')).toEqual([]);
  });

  it('reads the phrase after "from" or "by" as the source', () => {
    const text = 'Accusations by the ministry that the dam leaked were rejected.';
    expect(spans(text, 'Source')).toEqual(['the ministry']);
    expect(spans(text, 'Cue')).toEqual(['Accusations']);
    expect(spans(text, 'Claim')).toEqual(['the dam leaked were rejected']);
  });

  it('leaves "a statement from X said" to the verb, with the whole phrase as its source', () => {
    const text = 'A statement from the ministry said 3,000 troops crossed the river.';
    expect(spans(text, 'Source')).toEqual(['A statement from the ministry']);
    expect(spans(text, 'Cue')).toEqual(['said']);
  });
});

describe('suggest: light verbs, stance adjectives and governing verbs', () => {
  it('reads a light verb and a reporting noun as one cue', () => {
    const text = 'The senator made her first public comments about the strike on Friday.';
    expect(spans(text, 'Source')).toEqual(['The senator']);
    expect(spans(text, 'Cue')).toEqual(['made her first public comments about']);
    expect(spans('Ryan took issue with the plan.', 'Cue')).toEqual(['took issue with']);
    expect(spans('The candidate has continued his warnings that the vote is rigged.', 'Claim')).toEqual([
      'the vote is rigged',
    ]);
  });

  it('does not read a light verb with any noun as a cue', () => {
    expect(spans('The senator made a decision about the strike.', 'Cue')).toEqual([]);
    expect(spans('The council raised taxes on Friday.', 'Cue')).toEqual([]);
  });

  it('reads a linking verb and a stance adjective with its complement', () => {
    const text = 'Some analysts are concerned about an accidental escalation.';
    expect(spans(text, 'Source')).toEqual(['Some analysts']);
    expect(spans(text, 'Cue')).toEqual(['are concerned about']);
    expect(spans(text, 'Claim')).toEqual(['an accidental escalation']);
    expect(spans('Officials were worried that the dam would fail.', 'Claim')).toEqual(['the dam would fail']);
    expect(spans('The river is sure to rise.', 'Cue')).toEqual([]);
  });

  it('joins the verb governing an infinitive cue to the cue', () => {
    expect(spans('Obama went on to praise the plan.', 'Cue')).toEqual(['went on to praise']);
    expect(spans('Obama went on to praise the plan.', 'Source')).toEqual(['Obama']);
    expect(spans('Democrats are quick to note that turnout fell.', 'Cue')).toEqual(['are quick to note']);
    expect(spans('Democrats are quick to note that turnout fell.', 'Claim')).toEqual(['turnout fell']);
    expect(spans('The mayor appeared to acknowledge the delay.', 'Source')).toEqual(['The mayor']);
  });
});

describe('suggest: competing cues in one sentence', () => {
  it('lets a cue of speech claim its content before a weaker cue', () => {
    const text = 'Clyburn supported Obama in both elections, Podesta said that was no comparison.';
    expect(spans(text, 'Cue')).toEqual(['supported', 'said']);
    expect(spans(text, 'Claim')).toEqual(['Obama in both elections', 'was no comparison']);
  });

  it('keeps a relative clause with a cue inside the source of the main cue', () => {
    const text =
      'One teller, who spoke on condition of anonymity because she feared losing her job, said that she felt freed.';
    expect(spans(text, 'Cue')).toEqual(['said']);
    expect(spans(text, 'Source')).toEqual([
      'One teller, who spoke on condition of anonymity because she feared losing her job',
    ]);
  });

  it('takes a subject pronoun alone as the subject of its verb', () => {
    const text = 'Obama said he is troubled by lawmakers he says are echoing the nominee.';
    expect(spans(text, 'Source')).toEqual(['Obama']);
    expect(spans(text, 'Claim')).toEqual(['he is troubled by lawmakers he says are echoing the nominee']);
  });

  it('reads "The two said" and "X and Y both reported" as a subject and its verb', () => {
    expect(spans('The two said they had met.', 'Source')).toEqual(['The two']);
    expect(spans('Port News and City News both reported that the dam leaked.', 'Source')).toEqual([
      'Port News and City News both',
    ]);
  });

  it('reads the source of a passive cue with an adverb before "by"', () => {
    expect(spans('The leak was first reported by the Port Herald.', 'Source')).toEqual(['the Port Herald']);
  });
});

describe('suggest: source extents', () => {
  const source = (text: string): string[] => spans(text, 'Source');

  it('keeps -ly nouns, slashes in names and the "on" of a body’s name', () => {
    expect(source('The levee held, according to the influential local daily.')).toEqual([
      'the influential local daily',
    ]);
    expect(source('An NBC/Marist survey released Friday found the mayor ahead.')).toEqual([
      'An NBC/Marist survey released Friday',
    ]);
    expect(source('“We lost,” said Ada Brook of the Council on Port Relations.')).toEqual([
      'Ada Brook of the Council on Port Relations',
    ]);
  });

  it('keeps a participle and its date or agent with the noun it modifies', () => {
    expect(source('According to city notes released Monday, the aide asked for help.')).toEqual([
      'city notes released Monday',
    ]);
    expect(source('According to the files released by the council, the dam leaked.')).toEqual([
      'the files released by the council',
    ]);
  });

  it('keeps a long appositive and one opened by a possessive', () => {
    expect(
      source(
        '“It was bad,” said Ada Brook, a tax expert and professor of law and public policy at the Port University School of Law.',
      ),
    ).toEqual(['Ada Brook, a tax expert and professor of law and public policy at the Port University School of Law']);
    expect(source('“It was bad,” said Ada Brook, Mrs. Lee’s director of policy.')).toEqual([
      'Ada Brook, Mrs. Lee’s director of policy',
    ]);
  });
});

describe('suggest: words that look like cues and are not', () => {
  it('skips bylines, "states", "best known", "little doubt" and editorial labels', () => {
    expect(spans('Ada Brook reports for the Port Herald.', 'Cue')).toEqual([]);
    expect(spans('Ada Brook reported from Moscow.', 'Cue')).toEqual([]);
    expect(spans('She campaigned in Republican-leaning states like Arizona.', 'Cue')).toEqual([]);
    expect(spans('The best known case is the dam.', 'Cue')).toEqual([]);
    expect(spans('There is little doubt that the dam leaked.', 'Cue')).toEqual([]);
    expect(spans('Contributing: Ada Brook, Ivo Marsh.', 'Cue')).toEqual([]);
  });
});

describe('suggest: speaker labels', () => {
  it('reads a name with its outlet or title before a colon and a quotation', () => {
    const text =
      'Who won?\n\nAda Brook, Port Herald: “The mayor won.”\n\nIvo Marsh, editor of City News: “Nobody did.”';
    expect(spans(text, 'Source')).toEqual(['Ada Brook, Port Herald', 'Ivo Marsh, editor of City News']);
    expect(spans(text, 'Claim')).toEqual(['“The mayor won.”', '“Nobody did.”']);
  });
});

describe('suggest: a concessive clause after the cue', () => {
  it('ends the claim before it, and reads "X and other officials" as one subject', () => {
    const text =
      '“There is new evidence,” Lee said, though Ada Brook and other officials have not said the case is open.';
    expect(spans(text, 'Claim')).toEqual(['“There is new evidence,”', 'the case is open']);
    expect(spans(text, 'Source')).toEqual(['Lee', 'Ada Brook and other officials']);
  });
});
