import { useEffect, useRef, useState } from 'react';
import { canSaveReportPdf } from '../api/desktop';
import { useJob } from '../hooks/use-job';
import { useActions } from './app-context';
import { JobProgress } from './JobProgress';
import { Modal } from './Modal';

/**
 * The comparison report: download as HTML or Markdown (with progress and Cancel), and PDF: saved by
 * the desktop window itself, or printed from a new window in the browser shell.
 */
export function ReportDialog() {
  const actions = useActions();
  const job = useJob();
  const [savingPdf, setSavingPdf] = useState(false);
  const desktop = canSaveReportPdf();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const close = (): void => actions.openDialog(null);
  const busy = job.running || savingPdf;
  const savePdf = (): void => {
    setSavingPdf(true);
    void actions.saveReportPdf().finally(() => setSavingPdf(false));
  };
  return (
    <Modal label="Report" className="report-dialog" onClose={close}>
      <h2 className="modal-title">Report</h2>
      <p className="hint">
        The documents compared, the claims matrix, every claim with its sources, the sources, and discrepancies.
      </p>
      <JobProgress what="Report" job={job} />
      {savingPdf && (
        <p role="status" className="hint">
          Making the PDF…
        </p>
      )}
      <div className="modal-actions report-actions">
        <button
          ref={first}
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void job.run((follow) => actions.downloadReport('html', follow))}
        >
          HTML
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void job.run((follow) => actions.downloadReport('md', follow))}
        >
          Markdown
        </button>
        {desktop ? (
          <button type="button" className="button" disabled={busy} onClick={savePdf}>
            PDF…
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void job.run((follow) => actions.printReport(follow))}
          >
            Print / PDF
          </button>
        )}
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}
