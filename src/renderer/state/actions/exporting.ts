import type { DatasetExportOptions, ResultOf } from '../../../api/contract';
import { saveReportPdf } from '../../api/desktop';
import { downloadBytes, downloadText } from '../../lib/download';
import { zipTextFiles } from '../../lib/zip';
import { followJob, type FollowJob } from '../follow-job';
import type { ActionContext } from './action-context';

interface ReportFile {
  fileName: string;
  mediaType: string;
  content: string;
}

/** Dataset exports and the comparison report: made as jobs in the service, then downloaded, saved or printed. */
export function createExportActions({ api, store, alert }: ActionContext) {
  /** The report made as a job in the service; null (and an alert on failure) when there is none to save. */
  async function reportFile(format: 'html' | 'md', title: string, follow: FollowJob): Promise<ReportFile | null> {
    const result = await followJob(api, { kind: 'report', format, title }, follow);
    if (!result.ok) alert(`The report could not be made: ${result.error.message}`);
    return result.ok && result.value?.kind === 'report' ? result.value.file : null;
  }

  return {
    async exportJsonl(): Promise<void> {
      const result = await api.exportDataset({ format: 'jsonl', offsetUnit: 'codepoint' });
      if (!result.ok) return alert(`Export failed: ${result.error.message}`);
      downloadText(result.value.fileName, result.value.content, result.value.mediaType);
    },

    /** The dataset formats the service offers, name and description; null (and an alert) on failure. */
    async datasetFormats(): Promise<ResultOf<'listDatasetFormats'> | null> {
      const result = await api.listDatasetFormats({});
      if (!result.ok) {
        alert(`Could not list the export formats: ${result.error.message}`);
        return null;
      }
      return result.value;
    },

    /**
     * Exports a dataset as a job in the service (progress, cancel), zips its files and downloads
     * `<workspace>-<format>.zip`; the warnings, null on failure, 'cancelled' when nothing was downloaded.
     */
    async exportDataset(options: DatasetExportOptions, follow: FollowJob = {}): Promise<string[] | null | 'cancelled'> {
      const result = await followJob(api, { kind: 'dataset', options }, follow);
      if (!result.ok) {
        alert(`Export failed: ${result.error.message}`);
        return null;
      }
      if (!result.value) return 'cancelled';
      if (result.value.kind !== 'dataset') return null;
      const { files, warnings } = result.value.dataset;
      const name = (store.get().workspace?.name || 'collate').replace(/[\\/:*?"<>|]+/g, '_');
      downloadBytes(`${name}-${options.format}.zip`, zipTextFiles(files), 'application/zip');
      return warnings;
    },

    /** Downloads the comparison report, titled `title`, as HTML or Markdown; false on failure or when cancelled. */
    async downloadReport(format: 'html' | 'md', title: string, follow: FollowJob = {}): Promise<boolean> {
      const file = await reportFile(format, title, follow);
      if (!file) return false;
      downloadText(file.fileName, file.content, file.mediaType);
      return true;
    },

    /** The desktop shell prints the report to a PDF where the user picks; false on failure or when cancelled. */
    async saveReportPdf(title: string): Promise<boolean> {
      const result = await saveReportPdf(title);
      if (!result.ok) {
        alert(`The PDF could not be made: ${result.error.message}`);
        return false;
      }
      return result.value.saved;
    },

    /** Opens the HTML report in a new window and prints it there (Save as PDF in the print dialog). */
    async printReport(title: string, follow: FollowJob = {}): Promise<boolean> {
      const file = await reportFile('html', title, follow);
      if (!file) return false;
      const url = URL.createObjectURL(new Blob([file.content], { type: 'text/html' }));
      const win = window.open(url, '_blank');
      if (!win) {
        URL.revokeObjectURL(url);
        alert(
          'The report window could not be opened (a pop-up blocker?). Download the HTML report and print it instead.',
        );
        return false;
      }
      const print = (): void => {
        try {
          win.focus();
          win.print();
        } catch {
          // The window was closed before it loaded.
        }
      };
      if (win.document.readyState === 'complete' && win.location.href === url) print();
      else win.addEventListener('load', print, { once: true });
      setTimeout(() => URL.revokeObjectURL(url), 300_000);
      return true;
    },
  };
}
