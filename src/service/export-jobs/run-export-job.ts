import type { ExportJobRequest, ExportJobResult } from '../../api/contract';
import { renderWorkspaceReport } from '../report/workspace-report';
import type { WorkspaceService } from '../workspace-service';
import type { JobControl } from './job-control';

/** One export job's work: a dataset's files or a report, read from the workspace and never written back. */
export async function runExportJob(service: WorkspaceService, request: ExportJobRequest, control: JobControl): Promise<ExportJobResult> {
  if (request.kind === 'dataset') return { kind: 'dataset', dataset: await service.exportDatasetFiles(request.options, control) };
  return { kind: 'report', file: await renderWorkspaceReport(service, { format: request.format }, new Date(), control) };
}
