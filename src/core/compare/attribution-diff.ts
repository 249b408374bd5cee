/**
 * Differences in who says it: a different source for the same claim (officials vs a named
 * minister, Clinton vs Sanders), or a different attribution strength (stated as fact by the outlet
 * vs "according to" someone).
 */
import { identifiesSource, sameSource } from './source-names';
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

export function attributionDifference(a: ClaimUnit, b: ClaimUnit): AttributionDifference | undefined {
  if (a.attribution === 'none' && b.attribution === 'none') return undefined;
  if (a.attribution === 'none' || b.attribution === 'none') {
    const [fact, cited] = a.attribution === 'none' ? [a, b] : [b, a];
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
