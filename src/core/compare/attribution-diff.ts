/**
 * Differences in who says it: a different source for the same claim (officials vs a named
 * minister, Clinton vs Sanders), or a different attribution strength (stated as fact by the outlet
 * vs "according to" someone).
 */
import { contentStems } from './features';
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

/** Source words that say nothing about who it is. */
const GENERIC = new Set(['report', 'statement', 'interview', 'new', 'said', 'news']);

function sourceWords(text: string): Set<string> {
  return new Set([...contentStems(text)].filter((w) => !GENERIC.has(w)));
}

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
  const wa = sourceWords(a.source.text);
  const wb = sourceWords(b.source.text);
  if ([...wa].some((w) => wb.has(w))) return undefined;
  const strength = a.attribution === b.attribution ? '' : ` (${WHO[a.attribution]} vs ${WHO[b.attribution]})`;
  return { kind: 'source', detail: `${a.source.text} vs ${b.source.text}: different sources${strength}` };
}
