/**
 * Differences in how firmly a claim is made: hedged on one side only (may, reportedly, allegedly
 * vs stated), or denied on one side and asserted on the other.
 */
import type { ClaimFeatures, Marker } from './features';

export interface StanceDifference {
  kind: 'hedging' | 'contradiction';
  /** The hedge or denial, on the side that has it. */
  marker: Marker;
  /** Whether the marker is on the first claim. */
  onA: boolean;
  detail: string;
}

/** Denials strong enough to contradict a claim made elsewhere; a bare "not" is too often something else. */
const STRONG_DENIAL =
  /^(?:denie[sd]|deny(?:ing)?|rejected|rejects|disputed|disputes|refuted|false|untrue|not true|no evidence)$/i;

export function stanceDifferences(a: ClaimFeatures, b: ClaimFeatures): StanceDifference[] {
  const out: StanceDifference[] = [];
  const ha = a.hedges[0];
  const hb = b.hedges[0];
  if ((ha && !hb) || (hb && !ha)) {
    const marker = (ha ?? hb)!;
    out.push({
      kind: 'hedging',
      marker,
      onA: Boolean(ha),
      detail: ha ? `hedged (“${marker.text}”) vs stated outright` : `stated outright vs hedged (“${marker.text}”)`,
    });
  }
  const da = a.denials.find((d) => STRONG_DENIAL.test(d.text));
  const db = b.denials.find((d) => STRONG_DENIAL.test(d.text));
  if ((da && !db) || (db && !da)) {
    const marker = (da ?? db)!;
    out.push({
      kind: 'contradiction',
      marker,
      onA: Boolean(da),
      detail: da ? `denied (“${marker.text}”) vs asserted` : `asserted vs denied (“${marker.text}”)`,
    });
  }
  return out;
}
