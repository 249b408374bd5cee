import type { DatasetExport, DatasetExportOptions, ExportedFile } from '../api/contract';
import { CollateError } from '../core/collate-error';
import { canStream, exportDataset } from '../core/dataset-export/index';
import type { ExportInput, ExportOptions } from '../core/dataset-export/index';
import { writeExportFiles } from './write-export';
import { writeDatasetInPasses } from './export-in-passes';
import { JSONL_FILE } from '../core/formats/jsonl';
import type { SpanAnnotation } from '../core/model';
import type { OffsetUnit } from '../core/offsets';
import { ALL_LAYERS, CURATED_LAYER } from '../core/layers/layer-name';
import { countByLayer, defaultLayer, inLayer } from '../core/layers/span-layers';
import { teamSummary } from './teams/team-summary';
import { COLLATE_VERSION } from './collate-version';
import { checkpoint, type JobControl } from './jobs/job-control';
import type { WorkspaceReader } from './workspace-reader';

/**
 * A dataset in any format of the registry (`src/core/dataset-export`), as files for the caller to write.
 * The one export path: the contract, export jobs and the CLI all come here. Orphaned spans are
 * left out (they have no place in the text); reports progress and stops when cancelled.
 */
export async function exportWorkspaceDataset(
  workspace: WorkspaceReader,
  { format, ...options }: DatasetExportOptions,
  control?: JobControl,
): Promise<DatasetExport> {
  const { input, exportOptions } = await exportInput(workspace, options, control);
  await checkpoint(control, { step: `Writing ${format}`, done: 0, total: 0 });
  const { files, warnings } = exportDataset(format, input, exportOptions);
  return {
    files: files.map((f) =>
      typeof f.content === 'string'
        ? { path: f.path, content: f.content }
        : { path: f.path, content: Buffer.from(f.content).toString('base64'), encoding: 'base64' as const },
    ),
    warnings,
  };
}

/**
 * Writes a dataset into a folder (see write-export.ts). A format that can stream (jsonl, w3c) is
 * written document by document as it is made, never held whole; the others as `exportWorkspaceDataset`.
 */
export async function writeWorkspaceDataset(
  workspace: WorkspaceReader,
  destination: string,
  { format, ...options }: DatasetExportOptions,
  control: JobControl & { overwrite?: boolean } = {},
): Promise<{ written: string[]; warnings: string[] }> {
  if (!canStream(format)) {
    const { files, warnings } = await exportWorkspaceDataset(workspace, { format, ...options }, control);
    const written = await writeExportFiles(destination, files, { ...control, workspaceRoot: workspace.root });
    return { written, warnings };
  }
  return writeDatasetInPasses(workspace, destination, { format, ...options }, control);
}

/**
 * Every document with the spans of the chosen layer (orphaned ones left out: they have no place in the
 * text), and the options with the team summary for the card. Held whole; jsonl and w3c are prepared
 * in passes instead (export-in-passes.ts).
 */
async function exportInput(
  workspace: WorkspaceReader,
  { layer: chosenLayer, ...options }: Omit<DatasetExportOptions, 'format'>,
  control: JobControl | undefined,
): Promise<{ input: ExportInput; exportOptions: ExportOptions }> {
  const documents = workspace.listDocuments().map((d) => workspace.document(d.id));
  const everyLayer = new Map<string, SpanAnnotation[]>();
  for (const [done, d] of documents.entries()) {
    await checkpoint(control, { step: 'Reading documents', done, total: documents.length });
    everyLayer.set(
      d.id,
      (await workspace.readSpans(d.id)).filter((s) => !s.orphaned),
    );
  }
  const layer = chosenLayer ?? defaultLayer([...everyLayer.values()].flat());
  const present = countByLayer([...everyLayer.values()].flat()).map((c) => c.layer);
  if (layer !== ALL_LAYERS && !present.includes(layer)) {
    throw new CollateError(
      'no-layer',
      `This workspace has no ${layer === CURATED_LAYER ? 'curated layer yet' : `layer "${layer}"`}; its layers: ${present.join(', ') || 'none'}.`,
    );
  }
  const spans = new Map([...everyLayer].map(([id, list]) => [id, list.filter((s) => inLayer(s, layer))]));
  const chosen = options.documentIds ? new Set(options.documentIds) : undefined;
  const team = teamSummary(
    layer,
    documents.filter((d) => !chosen || chosen.has(d.id)),
    everyLayer,
  );
  return {
    input: { documents, spans, ...workspace.listRelations(), schema: workspace.info().schema },
    exportOptions: {
      ...options,
      date: workspace.now().toISOString(),
      generator: `Collate ${COLLATE_VERSION}`,
      team,
    },
  };
}

/** The whole workspace in the jsonl format as one file to download (no split, no card). */
export async function exportWorkspaceJsonl(workspace: WorkspaceReader, offsetUnit: OffsetUnit): Promise<ExportedFile> {
  const { files } = await exportWorkspaceDataset(workspace, { format: 'jsonl', offsetUnit });
  const file = files.find((f) => f.path === JSONL_FILE);
  if (!file) throw new CollateError('export-failed', `The jsonl export wrote no ${JSONL_FILE}.`);
  const name = workspace.info().name || 'collate';
  return { fileName: `${name}.jsonl`, mediaType: 'application/x-ndjson', content: file.content };
}
