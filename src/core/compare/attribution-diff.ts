/**
 * Differences in who says it: a different source for the same claim (officials vs a named
 * minister, Clinton vs Sanders), or a different attribution strength (stated as fact by the outlet
 * vs "according to" someone).
 */
import { identifiesSource, sameSource, sourceNature } from './source-names';
import type { ClaimUnit } from './types';

export interface AttributionDifference {
  kind: 'source' | 'attribution';
  detail: string;
}

const WHO: Record<ClaimUnit['attribution'], string> = {
  named: 'a named source',
  anonymous: 'an anonymous source',
  none: 'no source',
};

/** Words that make a claim about someone's statement: "Comey's letter", "told Congress", "announced". */
const COMMUNICATION =
  /\b(?:said|says|told|tells|wrote|writes|announced|announces|letter|letters|statement|testified|testimony|disclosed|revealed|confirmed|warned|interview|speech|remarks|tweet(?:ed)?|decision to (?:send|announce|disclose|release))\b/i;

/** The names in a source phrase that pick someone out ("Comey" in "FBI Director James Comey"). */
const namesIn = (source: string): string[] =>
  (source.match(/\p{Lu}[\p{Ll}'’-]{2,}/gu) ?? []).filter((w) => !/^(?:The|An?|Mr|Mrs|Ms|Dr)$/.test(w));

/**
 * "The director's letter to Congress" stated as fact and "investigators will review the emails,
 * the director told Congress" state the same thing — that he wrote — not the same claim with and
 * without a source: a fact side that reports the cited source's own statement is no difference.
 */
function reportsStatementOf(fact: ClaimUnit, cited: ClaimUnit): boolean {
  const who = namesIn(cited.source?.text ?? '');
  return who.length > 0 && COMMUNICATION.test(fact.text) && who.some((w) => new RegExp(`\\b${w}\\b`).test(fact.text));
}

export function attributionDifference(a: ClaimUnit, b: ClaimUnit): AttributionDifference | undefined {
  if (a.attribution === 'none' && b.attribution === 'none') return undefined;
  // A poll, a book or a figure the claim hangs on is not someone saying it: no difference in who says it.
  if ([a, b].some((u) => u.source && sourceNature(u.source.text) !== 'speaker')) return undefined;
  if (a.attribution === 'none' || b.attribution === 'none') {
    const [fact, cited] = a.attribution === 'none' ? [a, b] : [b, a];
    if (reportsStatementOf(fact, cited)) return undefined;
    const detail = `stated as fact vs attributed to ${cited.source?.text ?? WHO[cited.attribution]}`;
    return {
      kind: 'attribution',
      detail: fact === a ? detail : `attributed to ${cited.source?.text ?? WHO[cited.attribution]} vs stated as fact`,
    };
  }
  if (!a.source || !b.source) return undefined;
  // Two unnamed sources ("officials", "sources") may well be the same people.
  if (!identifiesSource(a.source.text) && !identifiesSource(b.source.text)) return undefined;
  if (sameSource(a.source.text, b.source.text)) return undefined;
  const strength = a.attribution === b.attribution ? '' : ` (${WHO[a.attribution]} vs ${WHO[b.attribution]})`;
  return { kind: 'source', detail: `${a.source.text} vs ${b.source.text}: different sources${strength}` };
}
