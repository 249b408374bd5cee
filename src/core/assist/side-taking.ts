/**
 * Verbs of taking a side: "voted for", "backs", "would choose". Their subject is the source of the
 * stance, the object its content. Each lists the words after which it is no cue at all ("backed
 * off", "came back to"), as those verbs have common senses that say nothing.
 */
export interface SideTakingVerb {
  lemma: string;
  forms: string[];
  /** Joined to the cue when they follow it: "voted for", "voted against". */
  particles?: string[];
  /** The verb is no cue when one of these follows it: "backed off", "backed away". */
  notBefore: string[];
}

/** Base and -s forms are also nouns ("the vote", "his back"): lexicon.ts marks them noun-like. */
export const SIDE_TAKING_VERBS: readonly SideTakingVerb[] = [
  {
    lemma: 'back',
    forms: ['back', 'backs', 'backed', 'backing'],
    notBefore: words(`off away down up out into to in on from then home and or of at by over there here again that
      when where as after before for with , . ; : ) —`),
  },
  {
    lemma: 'vote',
    forms: ['vote', 'votes', 'voted', 'voting'],
    particles: ['for', 'against'],
    notBefore: words('on in at by as with , . ; :'),
  },
  { lemma: 'choose', forms: ['choose', 'chooses', 'chose', 'choosing'], notBefore: words('to , . ; :') },
];

function words(list: string): string[] {
  return list.trim().split(/\s+/);
}
