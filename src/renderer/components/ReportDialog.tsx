import { useEffect, useRef, useState } from 'react';
import { canSaveReportPdf } from '../api/desktop';
import { useJob } from '../hooks/use-job';
import { ReportTitle } from '../../api/contract';
import { useActions, useAppState } from './app-context';
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
  const workspaceName = useAppState((s) => s.workspace?.name ?? '');
  const [title, setTitle] = useState(workspaceName);
  const checked = ReportTitle.safeParse(title);
  const problem = checked.success ? null : (checked.error.issues[0]?.message ?? 'Not a usable title.');
  const desktop = canSaveReportPdf();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const close = (): void => actions.openDialog(null);
  const busy = job.running || savingPdf;
  const blocked = busy || !checked.success;
  const usable = checked.success ? checked.data : '';
  const savePdf = (): void => {
    setSavingPdf(true);
    void actions.saveReportPdf(usable).finally(() => setSavingPdf(false));
  };
  return (
    <Modal label="Report" className="report-dialog" onClose={close}>
      <h2 className="modal-title">Report</h2>
      <p className="hint">
        The documents compared, the claims matrix, every claim with its sources, the sources, and discrepancies.
      </p>
      <label className="field">
        <span>Title</span>
        <input
          ref={first}
          type="text"
          value={title}
          maxLength={200}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'report-title-problem' : undefined}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
      </label>
      {problem && (
        <p id="report-title-problem" className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <JobProgress what="Report" job={job} />
      {savingPdf && (
        <p role="status" className="hint">
          Making the PDF…
        </p>
      )}
      <div className="modal-actions report-actions">
        <button
          type="button"
          className="button"
          disabled={blocked}
          onClick={() => void job.run((follow) => actions.downloadReport('html', usable, follow))}
        >
          HTML
        </button>
        <button
          type="button"
          className="button"
          disabled={blocked}
          onClick={() => void job.run((follow) => actions.downloadReport('md', usable, follow))}
        >
          Markdown
        </button>
        {desktop ? (
          <button type="button" className="button" disabled={blocked} onClick={savePdf}>
            PDF…
          </button>
        ) : (
          <button
            type="button"
            className="button"
            disabled={blocked}
            onClick={() => void job.run((follow) => actions.printReport(usable, follow))}
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
