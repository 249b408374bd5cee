/**
 * Discrepancies inside claim groups the analyst made: the analyst says the members are one claim, so
 * every pair of members from different articles is compared kind by kind, whatever their wording shares.
 */
import { splitSentences, tokenize } from '../text/tokenize';
import { groupDiscrepancies, uniqueDiscrepancies } from './discrepancies';
import type { DateMention } from '../assist/quantities';
import { features, type ClaimFeatures } from './features';
import type { ClaimSpanInput, CompareDocument, ProposedDiscrepancy, TextRange } from './types';
import { attributionStrength } from './units';

export interface ClaimGroupInput {
  id: string;
  /** Span ids of the group's claims. */
  members: readonly string[];
}

/** A discrepancy whose two sides are the claims (span ids) they were found in. */
export interface GroupDiscrepancy extends ProposedDiscrepancy {
  aSpanId: string;
  bSpanId: string;
}

/** The sentences of a document's text, as `compareGroups` reads them to date a claim (the costly part). */
export const documentSentences = (document: CompareDocument): TextRange[] =>
  splitSentences(tokenize(document.text)).map(({ start, end }) => ({ start, end }));

/**
 * Discrepancies of each group, by its members' claims; claims or documents not given are left out.
 * `sentencesOf` may answer from a cache of `documentSentences` (a caller comparing one group at a time).
 */
export function compareGroups(
  documents: readonly CompareDocument[],
  claims: readonly ClaimSpanInput[],
  groups: readonly ClaimGroupInput[],
  sentencesOf: (document: CompareDocument) => readonly TextRange[] = documentSentences,
): GroupDiscrepancy[] {
  const byId = new Map(claims.map((c) => [c.spanId, c]));
  const docs = new Map(documents.map((d) => [d.id, d]));
  const featuresOf = new Map<string, ClaimFeatures>();
  const sentencesRead = new Map<string, readonly TextRange[]>();
  const dates = new Map<string, Map<string, DateMention[]>>();
  const featureOf = (claim: ClaimSpanInput): ClaimFeatures | undefined => {
    const known = featuresOf.get(claim.spanId);
    if (known) return known;
    const document = docs.get(claim.documentId);
    if (!document) return undefined;
    let sentences = sentencesRead.get(document.id);
    if (!sentences) sentencesRead.set(document.id, (sentences = sentencesOf(document)));
    const sentence = sentences.find((s) => s.start <= claim.start && claim.start < s.end) ?? claim;
    const f = features(
      {
        documentId: claim.documentId,
        spanId: claim.spanId,
        start: claim.start,
        end: claim.end,
        text: document.text.slice(claim.start, claim.end),
        ...(claim.source ? { source: claim.source } : {}),
        attribution: attributionStrength(claim.source?.text),
        context: { start: Math.min(sentence.start, claim.start), end: Math.max(sentence.end, claim.end) },
      },
      document.published,
      document.text,
      dates.get(document.id) ?? dates.set(document.id, new Map()).get(document.id)!,
    );
    featuresOf.set(claim.spanId, f);
    return f;
  };
  const out: GroupDiscrepancy[] = [];
  for (const g of groups) {
    const members = g.members.flatMap((id) => {
      const claim = byId.get(id);
      const f = claim && featureOf(claim);
      return f ? [f] : [];
    });
    // The analyst grouped them: they are the same claim, as similar as can be.
    for (const d of uniqueDiscrepancies(groupDiscrepancies(g.id, members, () => 1)))
      out.push({ ...d, aSpanId: members[d.a.member]!.unit.spanId!, bSpanId: members[d.b.member]!.unit.spanId! });
  }
  return out;
}
