import { X } from 'lucide-react';
import { useActions, useAppState } from './app-context';

/** Every failure the user must see, in one live region. */
export function Alerts() {
  const actions = useActions();
  const alerts = useAppState((s) => s.alerts);
  if (alerts.length === 0) return null;
  return (
    <div className="alerts" role="alert">
      {alerts.map((a) => (
        <div key={a.id} className="alert">
          <span>{a.message}</span>
          <button
            type="button"
            className="alert-dismiss"
            aria-label="Dismiss message"
            onClick={() => actions.dismissAlert(a.id)}
          >
            <X aria-hidden="true" size={16} strokeWidth={1.75} />
          </button>
        </div>
      ))}
    </div>
  );
}
