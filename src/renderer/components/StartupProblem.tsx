interface Props {
  /** The service's or the connection's own words for what failed. */
  readonly message: string;
}

/** A refusal by the browser shell's server: the page's token is missing, wrong, or from an earlier run. */
const isRefusal = (message: string): boolean => /\b403\b|forbidden|token/i.test(message);

/** Shown instead of the workbench when the workspace could not be opened: what happened and what to do. */
export function StartupProblem({ message }: Props) {
  const refused = isRefusal(message);
  return (
    <main className="startup-problem" aria-labelledby="startup-problem-title">
      <h1 id="startup-problem-title">
        {refused ? 'Collate did not let this page in' : 'Collate could not open the workspace'}
      </h1>
      {refused ? (
        <>
          <p>
            This address lacks the access token of the Collate that is running, or carries one from an earlier run.
            Every start of <code>collate serve</code> makes a new token, so an old bookmark or tab no longer works.
          </p>
          <p>
            In the terminal where Collate runs, copy the whole address it printed — it looks like{' '}
            <code>http://127.0.0.1:&lt;port&gt;/?token=…</code> — and open it here. If Collate is not running, start it
            again with <code>collate serve &lt;workspace&gt;</code>.
          </p>
        </>
      ) : (
        <p>Reload the window to try again; if it keeps failing, restart Collate.</p>
      )}
      <p className="startup-problem-detail">Details: {message}</p>
    </main>
  );
}
