import type { JobRequest, JobResult } from '../../api/contract';
import { renderWorkspaceReport } from '../report/workspace-report';
import { exportWorkspaceDataset } from '../workspace-export';
import type { WorkspaceReader } from '../workspace-reader';
import type { JobControl } from './job-control';

/** One export job's work: a dataset's files or a report, read from the workspace and never written back. */
export async function runExportJob(
  workspace: WorkspaceReader,
  request: Exclude<JobRequest, { kind: 'suggest' }>,
  control: JobControl,
): Promise<JobResult> {
  if (request.kind === 'dataset') {
    return { kind: 'dataset', dataset: await exportWorkspaceDataset(workspace, request.options, control) };
  }
  return {
    kind: 'report',
    file: await renderWorkspaceReport(
      workspace,
      { format: request.format, ...(request.title ? { title: request.title } : {}) },
      workspace.now(),
      control,
    ),
  };
}
