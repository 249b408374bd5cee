/**
 * Whether two source phrases can name the same source: "NYT" and "the New York Times", "U.S." and
 * "United States", "FBI Director James Comey" and "Comey", "the Justice Department" and "DOJ".
 * Titles and words that say nothing about who it is are left out before comparing.
 */
import { contentStems, undotInitialisms } from './features';

/** Words that describe a role or a document, not who it is (read as `words` reads them: "attorney" as "lawyer"). */
const GENERIC = contentStems(
  'report statement interview new said news official officials source sources spokesman spokeswoman ' +
    'spokesperson director attorney general deputy secretary president former senior minister chief ' +
    'senator representative governor mayor aide aides familiar matter person people letter letters',
);

/** Same-source spellings that neither initials nor shared words reveal. */
const ALIASES: Array<readonly string[]> = [
  ['us', 'usa', 'united states', 'america', 'american'],
  ['uk', 'britain', 'united kingdom', 'british'],
  ['doj', 'justice department', 'department of justice'],
  ['nyt', 'new york times', 'times'],
  ['un', 'united nations'],
];

function words(text: string): Set<string> {
  return new Set([...contentStems(text)].filter((w) => !GENERIC.has(w)));
}

/** Initialisms a phrase's capitalised words make, with and without "of"/"the"/"and": "DOJ", "DJ". */
function initials(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}'’-]*))*/gu)) {
    const tokens = run[0].split(/\s+/);
    out.add(tokens.map((t) => t[0]!.toLowerCase()).join(''));
    out.add(
      tokens
        .filter((t) => /^\p{Lu}/u.test(t))
        .map((t) => t[0]!.toLowerCase())
        .join(''),
    );
  }
  return out;
}

function acronyms(text: string): Set<string> {
  return new Set([...undotInitialisms(text).matchAll(/\b\p{Lu}{2,6}\b/gu)].map((m) => m[0].toLowerCase()));
}

function aliasGroups(text: string): Set<number> {
  const lower = ` ${undotInitialisms(text)
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, ' ')} `.replace(/\s+/g, ' ');
  const out = new Set<number>();
  ALIASES.forEach((names, i) => {
    if (names.some((n) => lower.includes(` ${n} `))) out.add(i);
  });
  return out;
}

export function sameSource(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if ([...wa].some((w) => wb.has(w))) return true;
  const ia = initials(a);
  const ib = initials(b);
  if ([...acronyms(a)].some((x) => ib.has(x)) || [...acronyms(b)].some((x) => ia.has(x))) return true;
  const ga = aliasGroups(a);
  return [...aliasGroups(b)].some((g) => ga.has(g));
}

/** A source phrase that says who it is: not a pronoun, and not only generic words ("officials", "the letter"). */
export function identifiesSource(text: string): boolean {
  if (/^(?:he|she|they|it|i|we|you|this|that|which|who)$/i.test(text.trim())) return false;
  return words(text).size > 0 || acronyms(text).size > 0;
}

/**
 * What a source phrase is. Only a speaker — a person, an organisation, an official, or an unnamed
 * description of people ("officials", "a person familiar with the matter") — can say something; a
 * document or data without a named owner ("the poll", "the book"), a figure ("63 percent") or
 * a phrase that is not a noun phrase at all ("lost his seat in Congress") cannot. A document with a
 * named owner ("a New York Times report") speaks for its owner.
 */
export type SourceNature = 'speaker' | 'document' | 'figure' | 'not a noun phrase';

const DOCUMENT_HEADS = new Set(
  (
    'poll polls survey surveys study studies book books letter letters memo memos document documents ' +
    'record records return returns report reports data figures numbers footage video videos tape recording ' +
    'email emails message messages filing filings analysis statement statements website page article story ' +
    'ad advertisement spot chart map photo photos picture pictures findings results'
  ).split(/\s+/),
);
const DETERMINER = /^(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your)$/i;
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|can|could|does|did)$/i;
/** Words a determiner may follow inside one noun phrase ("a person familiar with the matter", "one of the aides"). */
const JOINS_PHRASES = /^(?:of|in|on|at|for|with|from|to|by|about|and|or|both|all|one|some|many|several|none|each)$/i;

/** The first part of a phrase, before an apposition or relative clause: "The official, who …" → "The official". */
const headChunk = (text: string): string => text.split(/,|\s(?:who|which|that|familiar)\s/)[0]!.trim();

export function sourceNature(text: string): SourceNature {
  const chunk = headChunk(text);
  const tokens = chunk.match(/[\p{L}\d][\p{L}\p{M}\d'’.%-]*/gu) ?? [];
  if (tokens.length === 0) return 'not a noun phrase';
  if (/^(?:\d|(?:half|a\s+third|a\s+quarter|a\s+majority|most)\b)/iu.test(chunk) && /\d|percent|%/.test(chunk))
    return 'figure';
  // "is seizing upon": an auxiliary after the first word makes it a clause.
  if (tokens.slice(1).some((t) => AUXILIARY.test(t))) return 'not a noun phrase';
  // "lost his seat": a word that takes a determiner after it, with no preposition between, is a verb.
  for (let i = 1; i < tokens.length; i++)
    if (DETERMINER.test(tokens[i]!) && !JOINS_PHRASES.test(tokens[i - 1]!) && !/['’]s?$/.test(tokens[i - 1]!))
      return 'not a noun phrase';
  // The head noun is the last word before "of": "footage of Trump" → footage.
  const head = (chunk.split(/\s+of\s+/i)[0]!.match(/[\p{L}]+(?=[^\p{L}]*$)/u)?.[0] ?? '').toLowerCase();
  // "a New York Times report", "Trump's tax returns": a named owner speaks through the document.
  const owned = tokens.some((t) => /^\p{Lu}/u.test(t) && !DETERMINER.test(t) && t.toLowerCase() !== head);
  return DOCUMENT_HEADS.has(head) && !owned ? 'document' : 'speaker';
}

/**
 * The words of a source phrase that name who speaks: the phrase itself, or — when a clause stands
 * where the source should ("is seizing upon a New York Times") — its object, if that is a name.
 * Undefined when nothing in it can speak.
 */
export function speakerPhrase(text: string): string | undefined {
  const nature = sourceNature(text);
  if (nature === 'speaker') return text;
  if (nature !== 'not a noun phrase') return undefined;
  const object = /^.*\b((?:the|a|an)\s+[^,]*)$/is.exec(text)?.[1];
  const head = object?.split(/\s+(?:of|in|at|on|for|from|and)\s+/i)[0]!.match(/[\p{L}]+(?=[^\p{L}]*$)/u)?.[0];
  return object && head && /^\p{Lu}/u.test(head) && sourceNature(object) === 'speaker' ? object : undefined;
}
