import { computeAgreement, type Agreement } from '../../core/agreement/compute-agreement';
import { CollateError } from '../../core/collate-error';
import { isCurated } from '../../core/layers/span-layers';
import type { WorkspaceService } from '../workspace-service';

export interface AgreementOptions {
  labels?: string[];
  documents?: string[];
  annotators?: string[];
}

/** Agreement between the annotators of a workspace (each span's `author`), over the chosen documents. */
export async function workspaceAgreement(
  service: WorkspaceService,
  options: AgreementOptions = {},
): Promise<Agreement> {
  const ids = options.documents ?? service.listDocuments().map((d) => d.id);
  const documents = [];
  for (const id of ids) {
    const document = service.document(id);
    const spans = (await service.spansOf(id)).filter((s) => !s.orphaned && !isCurated(s));
    documents.push({ id, text: document.text, spans });
  }
  const result = computeAgreement(documents, options);
  if (result.annotators.length < 2) {
    throw new CollateError(
      'too-few-annotators',
      `Agreement needs two annotators; found ${result.annotators.join(', ') || 'none'}.`,
    );
  }
  return result;
}

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);

/** The JSON `collate agreement --json` prints: every figure rounded to 3 decimals. */
export function roundedAgreement(agreement: Agreement): Agreement {
  const labels: Agreement['labels'] = {};
  for (const [label, { alpha, pairs }] of Object.entries(agreement.labels)) {
    labels[label] = {
      alpha: round(alpha),
      pairs: pairs.map((p) => ({
        ...p,
        kappa: round(p.kappa),
        f1_exact: round(p.f1_exact),
        f1_overlap: round(p.f1_overlap),
      })),
    };
  }
  return { ...agreement, labels, overall: { alpha: round(agreement.overall.alpha) } };
}

/** A plain-text table per label, for reading in a terminal. */
export function agreementTable(agreement: Agreement): string {
  const f = (x: number | null): string => (x === null ? '–' : x.toFixed(3));
  const lines = [
    `${agreement.documents} documents, annotators ${agreement.annotators.join(', ')}; items are non-whitespace code points`,
    `overall alpha (label sets): ${f(agreement.overall.alpha)}`,
  ];
  for (const [label, { alpha, pairs }] of Object.entries(agreement.labels)) {
    lines.push('', `${label}: Krippendorff's alpha ${f(alpha)}`);
    lines.push(['a', 'b', 'kappa', 'F1 exact', 'F1 overlap', 'n_a', 'n_b'].map((h) => h.padEnd(12)).join(''));
    for (const p of pairs) {
      const cells = [p.a, p.b, f(p.kappa), f(p.f1_exact), f(p.f1_overlap), String(p.n_a), String(p.n_b)];
      lines.push(cells.map((c) => c.padEnd(12)).join(''));
    }
  }
  return lines.join('\n') + '\n';
}
