import { useActions, useAppState } from './app-context';
import { JobProgressBar } from './JobProgress';

/**
 * The assistant over the whole library in the background: the button that starts it, its progress
 * (documents done, time left) with Cancel while it runs, and what it came to. The window stays free
 * meanwhile; the suggestions wait in each document's Suggestions panel for the analyst to decide.
 */
export function SuggestJobPanel() {
  const actions = useActions();
  const job = useAppState((s) => s.suggestJob);
  const notice = useAppState((s) => s.suggestJobNotice);
  const hasDocuments = useAppState((s) => s.documents.length > 0);
  if (!hasDocuments && !job && !notice) return null;
  return (
    <div className="suggest-job">
      {job ? (
        <JobProgressBar
          label="Suggestion progress"
          progress={job.progress}
          unit="documents"
          cancelName="Cancel suggestions"
          cancelling={job.cancelling}
          onCancel={actions.cancelSuggestJob}
        />
      ) : (
        <button
          type="button"
          className="link-button"
          title="Run the assistant over every document in the background; its suggestions wait in each document to be accepted or rejected"
          onClick={() => void actions.suggestForDocuments()}
        >
          Suggest for all documents
        </button>
      )}
      {notice && (
        <p className="suggest-job-notice" role="status" aria-label="Suggestion results">
          <span>{notice}</span>
          <button
            type="button"
            className="link-button"
            aria-label="Dismiss suggestion results"
            onClick={actions.dismissSuggestJobNotice}
          >
            ×
          </button>
        </p>
      )}
    </div>
  );
}
