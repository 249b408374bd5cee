import { useActions, useAppState } from './app-context';

/** Files the workspace could not read, or restored from a backup, as the service reported them. */
export function ProblemsNotice() {
  const actions = useActions();
  const problems = useAppState((s) => s.workspace?.problems);
  const dismissed = useAppState((s) => s.problemsDismissed);
  if (!problems || problems.length === 0 || dismissed) return null;
  return (
    <section className="notice" role="region" aria-label="Workspace problems">
      <div>
        <strong>Some workspace files had problems when they were opened:</strong>
        <ul>
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button" onClick={() => actions.dismissProblems()}>
        Dismiss
      </button>
    </section>
  );
}
