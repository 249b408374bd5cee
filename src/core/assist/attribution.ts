/** An attribution being read: its cue, the pattern that found it, its source and content. */
import type { CueEntry } from './lexicon';
import type { Range } from './token-predicates';

export type Pattern = 'according' | 'inverted' | 'subject' | 'colon' | 'shared' | 'passive' | 'phrase' | 'noun';

export interface Attribution {
  cue: Range;
  cueText: string;
  entry?: CueEntry;
  source?: Range;
  /** A source reused from an earlier cue of the sentence ("Trump spoke and said ..."). */
  sharedSource?: Attribution;
  pattern: Pattern;
  score: number;
  content: Range[];
}
