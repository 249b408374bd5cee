/**
 * Whether a unit says something that can be the same claim as another article's: not a reporting
 * frame ("The minister told parliament on Friday that"), not a bare attribution ("The governor
 * recently praised"), not a clause cut off mid-way ("the mayor had urged the board not"). Such pieces may
 * share a name and a verb of saying with a real claim, but grouping them tells the analyst nothing.
 */
import { contentStems, eachContentWord } from './features';
import type { ClaimUnit } from './types';

/** Verbs of saying, and words of time, manner or office that only frame what is said. */
const FRAME_WORDS = contentStems(
  'said says say saying told tells tell telling announced announces announce wrote writes write reported reports ' +
    'report reporting stated states statement claimed claims claim added adds noted notes explained explains ' +
    'praised praises criticized criticizes blasted slammed attacked asked asks urged urges argued argues insisted ' +
    'insists suggested suggests warned warns tweeted posted responded replied commented interview speech remarks ' +
    'recently earlier later previously publicly privately repeatedly again ' +
    'morning afternoon evening night weekend tonight ago president director secretary spokesman spokeswoman ' +
    'spokesperson official officials minister chairman chief senator representative governor mayor general ' +
    'attorney deputy leader candidate nominee',
);
const SAYING =
  'said|says|say|told|tells|announced|announces|reported|reports|wrote|writes|stated|claimed|claims|added|noted|' +
  'explained|argued|argues|insisted|suggested|warned|acknowledged|admitted|confirmed|denied|disclosed|revealed|' +
  'published|tweeted|posted|praised|criticized|asked|urged|agreed|concluded|believes?|thinks?|thought|found|shows?|showed';
/** When or where after the verb of a frame: "said Monday", "reported last week", "says in Ohio". */
const WHEN_WHERE = String.raw`(?:\s+(?:on|in|at|last|this|earlier|later|early|late|over|the))*\s+(?:\p{Lu}[\p{L}.'’-]*|week|weekend|month|year|morning|afternoon|evening|night|today|yesterday|tonight)`;
/**
 * "The Herald reported Saturday that", "Mayor John P. Ortiz said last week": a verb of saying with nothing
 * said after it (and to whom: "told parliament"). What comes before it is the claim's only content: "The minister, Anna Berg, told
 * parliament on Friday that" has none, ", the group said" after a figure ends a claim.
 */
const FRAME_END = new RegExp(
  String.raw`\b(?:${SAYING}|(?:told|tells|informed|assured|briefed)(?:\s+the)?\s+[\p{L}’'-]+)(?:${WHEN_WHERE}){0,2}(?:\s+that)?\W*$`,
  'u',
);
/** ", said Don Fowler, who …", "according to officials": the speaker after what was said. */
const FRAME_START = /^[\s,—–-]*(?:said|says|told|according to)\b/i;
/** A function word a clause was cut after: "… would owe $65.4 billion if", "urged him not". */
const DANGLING =
  /(?:\s+(?:that|to|not|of|the|a|an|and|or|but|by|for|with|from|as|who|which|if|whether|than|because|when|while|her|his|their|its))+[\W]*$/i;

/**
 * Whether `unit` carries claim content of its own (see the module comment): besides its speaker,
 * names, verbs of saying and time, at least one word or figure. `speaker` is who the words around
 * a cue attribute the claim to ("The defence minister" of "The defence minister told parliament that").
 */
export function carriesClaim(unit: ClaimUnit, speaker = unit.source?.text): boolean {
  // Frames are short: only the end of a long unit can be one.
  const cut = unit.text.length - 200;
  const text =
    cut > 0 ? unit.text.slice(0, cut) + unit.text.slice(cut).replace(FRAME_END, '') : unit.text.replace(FRAME_END, '');
  const body = text.replace(DANGLING, '');
  if (FRAME_START.test(body)) return false;
  const words: Array<{ stem: string; capital: boolean }> = [];
  eachContentWord(body, (stem, _lower, asWritten) => words.push({ stem, capital: /^\p{Lu}/u.test(asWritten) }));
  // A headline capitalises every word but short ones: there a capital does not mark a name.
  const all = body.match(/[\p{L}\d][\p{L}\d'’.,-]*/gu) ?? [];
  const titleCase = all.length >= 4 && all.every((w) => w.length <= 3 || /^[\p{Lu}\d]/u.test(w));
  const speakerWords = speaker ? contentStems(speaker) : new Set<string>();
  return (
    /\d/.test(body) ||
    words.some((w) => (titleCase || !w.capital) && !FRAME_WORDS.has(w.stem) && !speakerWords.has(w.stem))
  );
}
