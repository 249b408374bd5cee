import type { ClaimSpanInput } from '../../core/compare/index';
import type { CompareRunner } from '../workspace-compare';
import type { WorkerPool } from './worker-pool';

/**
 * Runs compare over the pool's workers: each document's units and features (where the assistant
 * reads its text, most of the cost) on the next idle worker, then pairs, groups and discrepancies
 * over all of them, in document order, on one worker; the result is the one `compareArticles`
 * gives. `onProgress` hears each document finished. Closing the pool ends it at once.
 */
export function compareOnWorkers(
  pool: WorkerPool,
  onProgress?: (progress: { done: number; total: number }) => void,
): CompareRunner {
  return async (documents, claims, options) => {
    const claimsOf = new Map<string, ClaimSpanInput[]>();
    for (const claim of claims) {
      const list = claimsOf.get(claim.documentId);
      if (list) list.push(claim);
      else claimsOf.set(claim.documentId, [claim]);
    }
    let done = 0;
    onProgress?.({ done, total: documents.length });
    const features = await Promise.all(
      documents.map(async (document) => {
        const found = await pool.run('compare-document', { document, claims: claimsOf.get(document.id) ?? [] });
        onProgress?.({ done: ++done, total: documents.length });
        return found;
      }),
    );
    return pool.run('compare-features', { features: features.flat(), ...options });
  };
}
