import type { DatasetExportOptions } from '../api/contract';
import { CollateError } from '../core/collate-error';
import { datasetPasses, exportPlanStream } from '../core/dataset-export/index';
import type { ExportOptions } from '../core/dataset-export/index';
import type { TeamSummary } from '../core/dataset-export/types';
import { AgreementTally } from '../core/agreement/compute-agreement';
import { agreementSummary } from './teams/team-summary';
import { ALL_LAYERS, CURATED_LAYER } from '../core/layers/layer-name';
import { inLayer, isCurated, layerOf } from '../core/layers/span-layers';
import type { SpanAnnotation } from '../core/model';
import { COLLATE_VERSION } from './collate-version';
import { checkpoint, type JobControl } from './jobs/job-control';
import type { WorkspaceReader } from './workspace-reader';
import { writeExportFiles } from './write-export';

const sorted = (counts: Map<string, number>): Array<{ layer: string; spans: number }> =>
  [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([layer, spans]) => ({ layer, spans }));

/**
 * Writes a streamable dataset (jsonl, w3c; split or not) in two passes over the span files, never
 * holding every span: one to find the layers and check and order spans (`datasetPasses`, for the
 * layer chosen or both the default could be), one to write document by document. Memory follows one
 * document's spans, plus the texts and what links need. With two annotators or more, a pass between
 * the two measures their agreement for the card.
 */
export async function writeDatasetInPasses(
  workspace: WorkspaceReader,
  destination: string,
  { format, layer: chosenLayer, ...options }: DatasetExportOptions,
  control: JobControl & { overwrite?: boolean },
): Promise<{ written: string[]; warnings: string[] }> {
  const ids = workspace.listDocuments().map((d) => d.id);
  const chosen = options.documentIds ? new Set(options.documentIds) : undefined;
  const spansOf = async (id: string): Promise<SpanAnnotation[]> =>
    (await workspace.readSpans(id)).filter((s) => !s.orphaned);

  // One read of the span files serves the layer chosen, or both layers the default could be.
  const candidates = chosenLayer ? [chosenLayer] : [CURATED_LAYER, ALL_LAYERS];
  const links = { ...workspace.listRelations(), schema: workspace.info().schema };
  const passes = new Map(candidates.map((l) => [l, datasetPasses(format, links, { ...options, date: '' })]));
  const everyLayer = new Map<string, number>();
  const chosenLayers = new Map<string, number>();
  const annotators = new Set<string>();
  const annotatorLabels = new Set<string>();
  for (const [done, id] of ids.entries()) {
    await checkpoint(control, { step: 'Reading documents', done, total: ids.length });
    const spans = await spansOf(id);
    for (const s of spans) {
      everyLayer.set(layerOf(s), (everyLayer.get(layerOf(s)) ?? 0) + 1);
      if (chosen && !chosen.has(id)) continue;
      chosenLayers.set(layerOf(s), (chosenLayers.get(layerOf(s)) ?? 0) + 1);
      if (isCurated(s)) continue;
      annotators.add(s.author);
      annotatorLabels.add(s.label);
    }
    const document = workspace.readDocument(id);
    for (const [l, pass] of passes)
      pass.note(
        document,
        spans.filter((s) => inLayer(s, l)),
      );
  }
  const layer = chosenLayer ?? (everyLayer.has(CURATED_LAYER) ? CURATED_LAYER : ALL_LAYERS);
  if (layer !== ALL_LAYERS && !everyLayer.has(layer)) {
    const present = sorted(everyLayer).map((c) => c.layer);
    throw new CollateError(
      'no-layer',
      `This workspace has no ${layer === CURATED_LAYER ? 'curated layer yet' : `layer "${layer}"`}; its layers: ${present.join(', ') || 'none'}.`,
    );
  }
  /** The annotators' agreement for the card, as `teamSummary` gives it, one document at a time. */
  const agreementPass = async (authors: Set<string>, labels: Set<string>): Promise<TeamSummary['agreement']> => {
    const tally = new AgreementTally([...authors].sort(), [...labels].sort());
    const measured = ids.filter((id) => !chosen || chosen.has(id));
    for (const [done, id] of measured.entries()) {
      await checkpoint(control, { step: 'Measuring agreement', done, total: measured.length });
      const spans = (await spansOf(id)).filter((s) => !isCurated(s));
      tally.add({ id, text: workspace.readDocument(id).text, spans });
    }
    return agreementSummary(tally.result());
  };
  const exportOptions: ExportOptions = {
    ...options,
    date: workspace.now().toISOString(),
    generator: `Collate ${COLLATE_VERSION}`,
    team: {
      layer,
      counts: sorted(chosenLayers),
      agreement: annotators.size >= 2 ? await agreementPass(annotators, annotatorLabels) : null,
    },
  };
  const inChosenLayer = async (id: string): Promise<SpanAnnotation[]> =>
    (await spansOf(id)).filter((s) => inLayer(s, layer));
  const chosenPass = passes.get(layer)!;
  const plan = chosenPass.finish();
  let written = 0;
  const { files, warnings } = exportPlanStream(format, plan, exportOptions, async (id) => {
    await checkpoint(control, { step: `Writing ${format}`, done: written++, total: plan.documents.length });
    return { document: workspace.readDocument(id), spans: await inChosenLayer(id) };
  });
  const paths = await writeExportFiles(
    destination,
    files.map((f) => ({ path: f.path, content: f.chunks() })),
    { ...control, workspaceRoot: workspace.root },
  );
  return { written: paths, warnings };
}
