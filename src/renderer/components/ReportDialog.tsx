import { useEffect, useRef, useState } from 'react';
import { useActions } from './app-context';
import { Modal } from './Modal';

/** The comparison report: download as HTML or Markdown, or print (to PDF) from a new window. */
export function ReportDialog() {
  const actions = useActions();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const close = (): void => actions.openDialog(null);
  const run = (job: () => Promise<boolean>): void => {
    setBusy(true);
    void job().finally(() => setBusy(false));
  };
  return (
    <Modal label="Report" className="report-dialog" onClose={close}>
      <h2 className="modal-title">Report</h2>
      <p className="hint">The documents compared, the claims matrix, every claim with its sources, the sources, and discrepancies.</p>
      <div className="modal-actions report-actions">
        <button ref={first} type="button" className="button" disabled={busy} onClick={() => run(() => actions.downloadReport('html'))}>
          HTML
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => run(() => actions.downloadReport('md'))}>
          Markdown
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => run(() => actions.printReport())}>
          Print / PDF
        </button>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}
