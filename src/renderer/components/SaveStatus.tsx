import { useAppState } from './app-context';

export function SaveStatus() {
  const pending = useAppState((s) => s.pendingWrites);
  const error = useAppState((s) => s.saveError);
  const text = pending > 0 ? 'Saving…' : error ? `Not saved: ${error}` : 'Saved';
  const tone = pending > 0 ? 'saving' : error ? 'failed' : 'saved';
  return (
    <div className={`save-status ${tone}`} role="status" aria-label="Save status">
      {text}
    </div>
  );
}
