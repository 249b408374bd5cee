import type { ExportedFile } from '../../api/contract';
import {
  buildReport,
  renderReport,
  renderReportHtml,
  renderReportMarkdown,
  reportFileName,
  type ReportFormat,
  type ReportInput,
  type ReportModel,
} from '../../core/report/index';
import { defaultLayer, inLayer } from '../../core/layers/span-layers';
import type { SpanAnnotation } from '../../core/model';
import { teamSummary } from '../teams/team-summary';
import { listProposals } from '../compare-decisions';
import { COLLATE_VERSION } from '../collate-version';
import { checkpoint, type JobControl } from '../jobs/job-control';
import type { WorkspaceReader } from '../workspace-reader';
import { reportFooterText } from './pdf-footer';
import { countPdfPages, htmlToPdf } from './render-pdf';

/**
 * Everything a report reads from an open workspace, through its reader port. Orphaned
 * spans are kept: the report lists them as left out instead of silently dropping them.
 */
export async function workspaceReportInput(
  service: WorkspaceReader,
  control?: JobControl,
): Promise<{ title: string; input: ReportInput }> {
  const info = service.info();
  // Read and let go (not through the open stores and the catalog's cache), so that a report made in
  // the app leaves no span file open behind it; the report itself still holds every text and span.
  const documents = service.listDocuments().map((d) => service.readDocument(d.id));
  const everyLayer = new Map<string, SpanAnnotation[]>();
  for (const [done, d] of documents.entries()) {
    await checkpoint(control, { step: 'Reading documents', done, total: documents.length });
    everyLayer.set(d.id, await service.readSpans(d.id));
  }
  // The curated layer where one exists, else every annotator's: the same default as exports.
  const layer = defaultLayer([...everyLayer.values()].flat());
  const spans = new Map([...everyLayer].map(([id, list]) => [id, list.filter((s) => inLayer(s, layer))]));
  const { relations, claimGroups } = service.listRelations();
  const comparison = (await listProposals(service.root)).discrepancies;
  const team = teamSummary(
    layer,
    documents,
    new Map([...everyLayer].map(([id, list]) => [id, list.filter((s) => !s.orphaned)])),
  );
  // A workspace of one annotator has nothing to say about teams.
  const input: ReportInput = {
    ...{ documents, spans, relations, claimGroups, schema: info.schema, comparison },
    ...(team.counts.length >= 2 ? { team } : {}),
  };
  return { title: info.name, input };
}

const generator = `Collate ${COLLATE_VERSION}`;

/** The report as HTML or Markdown, for a shell to offer as a download (`renderReport` in the contract). */
export async function renderWorkspaceReport(
  service: WorkspaceReader,
  { format, title: chosen }: { format: ReportFormat; title?: string },
  now: Date = new Date(),
  control?: JobControl,
): Promise<ExportedFile> {
  const { title: name, input } = await workspaceReportInput(service, control);
  const title = chosen ?? name;
  await checkpoint(control, { step: 'Building the report', done: 0, total: 0 });
  const { fileName, mediaType, content } = renderReport(format, input, { title, date: now.toISOString(), generator });
  return { fileName, mediaType, content };
}

export type ReportFileFormat = ReportFormat | 'pdf';

export interface MadeReport {
  fileName: string;
  mediaType: string;
  content: string | Uint8Array;
  model: ReportModel;
  /** PDF only. */
  pages?: number;
}

export interface MakeReportOptions {
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
  now?: Date;
  /** PDF only: the Chrome/Chromium binary to print with. */
  executablePath?: string;
  /** The report's title; the workspace's name by default. */
  title?: string;
}

/** A report in any format, PDF included (printed from the HTML by headless Chromium): for the CLI. */
export async function makeReport(
  service: WorkspaceReader,
  format: ReportFileFormat,
  options: MakeReportOptions = {},
): Promise<MadeReport> {
  const { title: name, input } = await workspaceReportInput(
    service,
    options.signal ? { signal: options.signal } : undefined,
  );
  const title = options.title ?? name;
  options.onProgress?.(
    `Building the report of ${input.documents.length} document${input.documents.length === 1 ? '' : 's'}…`,
  );
  const model = buildReport(input, { title, date: (options.now ?? new Date()).toISOString(), generator });
  if (format !== 'pdf') {
    return format === 'html'
      ? {
          fileName: reportFileName(title, 'html'),
          mediaType: 'text/html; charset=utf-8',
          content: renderReportHtml(model),
          model,
        }
      : {
          fileName: reportFileName(title, 'md'),
          mediaType: 'text/markdown; charset=utf-8',
          content: renderReportMarkdown(model),
          model,
        };
  }
  const pdf = await htmlToPdf(renderReportHtml(model), {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.executablePath ? { executablePath: options.executablePath } : {}),
    footer: reportFooterText(title),
  });
  return {
    fileName: reportFileName(title, 'pdf'),
    mediaType: 'application/pdf',
    content: pdf,
    model,
    pages: countPdfPages(pdf),
  };
}
