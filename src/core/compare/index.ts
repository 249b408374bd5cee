/**
 * Compare: find the same claim across articles and say exactly where they disagree.
 * units (what to compare) → features → candidate pairs → groups → discrepancies per kind.
 * Pure: no I/O; the CLI, the service and the report only call `compareArticles`.
 */
import { fnv1a52 } from '../text/fnv1a';
import { features, writtenForms, type ClaimFeatures } from './features';
export type { ClaimFeatures } from './features';
import { groupDiscrepancies, uniqueDiscrepancies } from './discrepancies';
import { carriesClaim } from './claim-content';
import { groupPairs } from './grouping';
import { candidatePairs, idfWeights, similarity } from './pairs';
import { SimilarityScorer } from './scorer';
import type { ClaimSpanInput, CompareDocument, CompareResult, ProposedGroup } from './types';
import { claimUnits } from './units';

export * from './types';
export { attributionStrength, claimUnits } from './units';
export { compareGroups, documentSentences, type ClaimGroupInput, type GroupDiscrepancy } from './compare-groups';

export interface CompareOptions {
  /** Pairs scoring below this are not grouped (0–1). */
  minScore?: number;
  /** Units of one article a group may hold (restatements in the same article). */
  maxPerDocument?: number;
}

export const DEFAULT_MIN_SCORE = 0.25;

export function compareArticles(
  documents: CompareDocument[],
  claims: ClaimSpanInput[],
  options: CompareOptions = {},
): CompareResult {
  return compareFeatures(
    documents.flatMap((d) =>
      documentFeatures(
        d,
        claims.filter((c) => c.documentId === d.id),
      ),
    ),
    options,
  );
}

/**
 * The first stage, one document at a time (its units and their features): what a batch runs on
 * worker threads, each document on its own, before `compareFeatures` over them all in order.
 */
export function documentFeatures(document: CompareDocument, claims: ClaimSpanInput[]): ClaimFeatures[] {
  const out: ClaimFeatures[] = [];
  const sentenceDates = new Map();
  for (const u of claimUnits(document, claims))
    // A reporting frame or a bare attribution shares names with real claims but says nothing comparable.
    if (!u.frame && carriesClaim(u)) out.push(features(u, document.published, document.text, sentenceDates));
  return out;
}

/** The stages over the whole corpus: the documents' features (in document order) → pairs → groups → discrepancies. */
export function compareFeatures(all: ClaimFeatures[], options: CompareOptions = {}): CompareResult {
  const threshold = options.minScore ?? DEFAULT_MIN_SCORE;
  const idf = idfWeights(all);
  // One scorer for pairs, group cohesion and discrepancies: each pair is scored once.
  const scorer = new SimilarityScorer(all, idf);
  const indexOf = new Map(all.map((f, i) => [f, i]));
  const pairs = candidatePairs(all, idf, threshold, scorer);
  const found = groupPairs(
    (i) => all[i]!.unit.documentId,
    pairs,
    { maxPerDocument: options.maxPerDocument ?? 3, cohesion: 0.7, threshold },
    (i, j) => scorer.score(i, j),
  );
  const groups: ProposedGroup[] = [];
  const discrepancies = [];
  for (const g of found) {
    const members = [...g.members].sort(
      (x, y) =>
        all[x]!.unit.documentId.localeCompare(all[y]!.unit.documentId) || all[x]!.unit.start - all[y]!.unit.start,
    );
    const units = members.map((i) => all[i]!.unit);
    const id = `cg-${fnv1a52(units.map((u) => `${u.documentId}:${u.start}-${u.end}`).join(','))}`;
    const best = [...g.pairs].sort((x, y) => y.score - x.score)[0]!;
    const score = Math.round((g.pairs.reduce((s, p) => s + p.score, 0) / g.pairs.length) * 100) / 100;
    groups.push({
      id,
      score,
      reason: `shared: ${sharedInWords(all[best.i]!, all[best.j]!, idf).join(', ')}`,
      members: units.map((u) => ({
        documentId: u.documentId,
        spanId: u.spanId,
        start: u.start,
        end: u.end,
        text: u.text,
      })),
    });
    discrepancies.push(
      ...groupDiscrepancies(
        id,
        members.map((i) => all[i]!),
        (x, y) => scorer.score(indexOf.get(x)!, indexOf.get(y)!),
      ),
    );
  }
  groups.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { groups, discrepancies: uniqueDiscrepancies(discrepancies) };
}

/** What the best pair of a group shares, in the words the first of them wrote ("assessment", not its stem). */
function sharedInWords(a: ClaimFeatures, b: ClaimFeatures, idf: Map<string, number>): string[] {
  const written = writtenForms(`${a.unit.text} ${a.unit.source?.text ?? ''}`);
  return similarity(a, b, idf)
    .shared.slice(0, 6)
    .map((w) => written.get(w) ?? w);
}
