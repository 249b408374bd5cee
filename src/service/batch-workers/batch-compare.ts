import { compareFeatures, type ClaimSpanInput } from '../../core/compare/index';
import { cancelledError } from '../jobs/job-control';
import type { CompareRunner } from '../workspace-compare';
import type { WorkerPool } from './worker-pool';

/**
 * Runs compare with the pool's workers: each document's units and features (where the assistant
 * reads its text) on the next idle worker, then pairs, groups and discrepancies over all of them,
 * in document order, here, where the result is used (copying a corpus's discrepancies back from a
 * worker costs more than that stage gains there). The result is the one `compareArticles` gives.
 * `onProgress` hears each document finished; closing the pool ends the first stage at once, and a
 * cancel during the last is seen as soon as it ends, before anything is returned.
 */
export function compareOnWorkers(
  pool: WorkerPool,
  control: { onProgress?: (progress: { done: number; total: number }) => void; signal?: AbortSignal } = {},
): CompareRunner {
  return async (documents, claims, options) => {
    const claimsOf = new Map<string, ClaimSpanInput[]>();
    for (const claim of claims) {
      const list = claimsOf.get(claim.documentId);
      if (list) list.push(claim);
      else claimsOf.set(claim.documentId, [claim]);
    }
    let done = 0;
    control.onProgress?.({ done, total: documents.length });
    const features = await Promise.all(
      documents.map(async (document) => {
        const found = await pool.run('compare-document', { document, claims: claimsOf.get(document.id) ?? [] });
        control.onProgress?.({ done: ++done, total: documents.length });
        return found;
      }),
    );
    const result = compareFeatures(features.flat(), options);
    // A Ctrl+C that came while the stage above ran is delivered once the event loop turns.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (control.signal?.aborted) throw cancelledError('nothing was recorded');
    return result;
  };
}
