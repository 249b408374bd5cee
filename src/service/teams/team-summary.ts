import { computeAgreement, type Agreement } from '../../core/agreement/compute-agreement';
import type { TeamSummary } from '../../core/dataset-export/types';
import { annotatorsOf, countByLayer, isCurated } from '../../core/layers/span-layers';
import type { CollateDocument, SpanAnnotation } from '../../core/model';

/**
 * Who annotated what in these documents (spans per layer) and the annotators' agreement (alpha per
 * label and overall, as `collate agreement` computes it), for the dataset card and the report.
 */
export function teamSummary(
  layer: string,
  documents: readonly CollateDocument[],
  spans: ReadonlyMap<string, readonly SpanAnnotation[]>,
): TeamSummary {
  const all = documents.flatMap((d) => spans.get(d.id) ?? []);
  const own = all.filter((s) => !isCurated(s));
  let agreement: TeamSummary['agreement'] = null;
  if (annotatorsOf(own).length >= 2) {
    const result = computeAgreement(
      documents.map((d) => ({ id: d.id, text: d.text, spans: (spans.get(d.id) ?? []).filter((s) => !isCurated(s)) })),
    );
    agreement = agreementSummary(result);
  }
  return { layer, counts: countByLayer(all), agreement };
}

/** What the card and the report give of an agreement: alphas to three decimals. */
export function agreementSummary(result: Agreement): TeamSummary['agreement'] {
  const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);
  return {
    annotators: result.annotators,
    documents: result.documents,
    labels: Object.fromEntries(Object.entries(result.labels).map(([label, l]) => [label, round(l.alpha)])),
    overall: round(result.overall.alpha),
  };
}
