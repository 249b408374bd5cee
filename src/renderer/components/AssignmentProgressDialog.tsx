import { useEffect, useRef } from 'react';
import { assignmentProgress } from '../../core/assignment-progress';
import { useActions, useAppState } from './app-context';
import { Modal } from './Modal';

/** Documents assigned, done and open per annotator: the figures `collate assign --status` prints. */
export function AssignmentProgressDialog() {
  const actions = useActions();
  const { me, assignments } = useAppState((s) => s.assignments);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  const rows = assignmentProgress(assignments);
  return (
    <Modal label="Assignment progress" onClose={() => actions.openDialog(null)}>
      <h2 className="modal-title">Assignment progress</h2>
      {rows.length === 0 ? (
        <p>No document is assigned yet. Select documents in the library and choose Assign….</p>
      ) : (
        <table className="progress-table" aria-label="Progress per annotator">
          <thead>
            <tr>
              <th scope="col">Annotator</th>
              <th scope="col">Assigned</th>
              <th scope="col">Done</th>
              <th scope="col">Open</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.annotator}>
                <th scope="row">
                  {r.annotator}
                  {r.annotator === me ? ' (me)' : ''}
                </th>
                <td>{r.assigned}</td>
                <td>{r.done}</td>
                <td>{r.open}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="modal-actions">
        <button ref={close} type="button" className="button" onClick={() => actions.openDialog(null)}>
          Close
        </button>
      </div>
    </Modal>
  );
}
