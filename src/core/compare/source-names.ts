/**
 * Whether two source phrases can name the same source: "NYT" and "the New York Times", "U.S." and
 * "United States", "FBI Director James Comey" and "Comey", "the Justice Department" and "DOJ".
 * Titles and words that say nothing about who it is are left out before comparing.
 */
import { contentStems, stem, undotInitialisms } from './features';

/** Words that describe a role or a document, not who it is. */
const GENERIC = new Set(
  (
    'report statement interview new said news official officials source sources spokesman spokeswoman ' +
    'spokesperson director attorney general deputy secretary president former senior minister chief ' +
    'senator representative governor mayor aide aides familiar matter person people letter letters'
  )
    .split(/\s+/)
    .map(stem),
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
