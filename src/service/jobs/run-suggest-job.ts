import { availableParallelism } from 'node:os';
import type { JobResult } from '../../api/contract';
import { suggestInBatch } from '../batch-workers/batch-suggest';
import { readCachedSuggestions, writeCachedSuggestions } from '../suggestion-cache';
import type { AssistContext } from '../workspace-assist';
import { cancelledError, checkpoint, type JobControl } from './job-control';

type SuggestJobResult = Extract<JobResult, { kind: 'suggest' }>;

/** Documents looked at between two chances for a status call or a cancel to get through. */
const CHECKED_AT_ONCE = 50;

/**
 * The assistant over many documents in the background, for the app: suggestions are made on worker
 * threads (every core but one, which stays with the window and the service) and kept per document
 * in the cache (suggestion-cache.ts), each document's list written whole, so that the analyst reviews
 * them as ever (accept or reject, document by document). Nothing is tagged. Documents whose list is
 * kept already are not done again, so a cancelled batch run again does only the rest.
 */
export async function runSuggestJob(
  workspace: { root: string; assist: AssistContext },
  documentIds: readonly string[],
  control: Required<JobControl>,
): Promise<SuggestJobResult> {
  const { root, assist } = workspace;
  const todo: string[] = [];
  let suggestions = 0;
  for (const [index, id] of documentIds.entries()) {
    if (index % CHECKED_AT_ONCE === 0)
      await checkpoint(control, {
        step: 'Looking for suggestions made before',
        done: index,
        total: documentIds.length,
      });
    const kept = await readCachedSuggestions(root, assist.document(id), false);
    if (kept) suggestions += kept.length;
    else todo.push(id);
  }
  const batch = await suggestInBatch(
    assist,
    { documentIds: todo, minScore: 0, statements: false, apply: false },
    {
      signal: control.signal,
      workers: Math.max(1, availableParallelism() - 1),
      onProgress: ({ done, total, documentId }) =>
        control.onProgress({ step: 'Suggesting', done, total, ...(documentId ? { finished: [documentId] } : {}) }),
      record: (id, all) => writeCachedSuggestions(root, assist.document(id), false, all),
    },
  );
  if (batch.cancelled || control.signal.aborted) throw cancelledError('each document has all its suggestions or none');
  return {
    kind: 'suggest',
    documents: documentIds.length,
    ready: documentIds.length - todo.length,
    made: batch.done,
    suggestions: suggestions + batch.found,
  };
}
