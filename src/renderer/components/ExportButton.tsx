import { useState } from 'react';
import { useActions } from './app-context';

export function ExportButton() {
  const actions = useActions();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void actions.exportJsonl().finally(() => setBusy(false));
      }}
    >
      Export JSONL
    </button>
  );
}
