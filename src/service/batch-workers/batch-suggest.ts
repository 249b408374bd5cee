import type { Suggestion } from '../../core/assist/index';
import { tagSuggestions, undecidedSuggestions, type AssistContext } from '../workspace-assist';
import type { TaskDocument } from './batch-tasks';
import { LinkGroup } from './link-group';
import { WorkerPool } from './worker-pool';

export interface BatchSuggestRequest {
  /** Only these documents; every document when absent. */
  documentIds?: readonly string[];
  minScore: number;
  statements: boolean;
  /** Tag what is found (each document in one journal edit, all or nothing); otherwise only report it. */
  apply: boolean;
}

export interface BatchControl {
  signal?: AbortSignal;
  /** After each document, with its id (none in the first call). */
  onProgress?: (progress: { done: number; total: number; documentId?: string }) => void;
  /** A pool to share; otherwise one over every core (or `workers`) is started and ended here. */
  pool?: WorkerPool;
  workers?: number;
  /**
   * Keeps each document's suggestions (all the assistant made) instead of filtering and applying
   * them: a document counts as done once this resolves. Its span file is never opened, so a batch
   * under the app's hands never closes a store the analyst is editing.
   */
  record?: (documentId: string, all: Suggestion[]) => Promise<void>;
}

export interface BatchSuggestResult {
  documents: number;
  /** Documents finished (found, and applied when asked) before the end or a cancel. */
  done: number;
  found: number;
  applied: number;
  relations: number;
  cancelled: boolean;
}

/** Documents whose suggestions are being made in workers, and whose applications are on their way to disk. */
const WINDOW_PER_WORKER = 4;
const APPLYING_AT_ONCE = 4;
/** Documents whose links are saved together, in one relations edit. */
const LINKED_TOGETHER = 16;
/** Fewer documents than this are suggested in this thread: starting workers would cost more. */
const SMALL_BATCH = 4;

export const taskDocument = (context: AssistContext, id: string): TaskDocument => {
  const d = context.document(id);
  return { id, text: d.text, ...(d.published ? { published: d.published } : {}) };
};

/**
 * Suggests (and applies) over many documents: the assistant runs in worker threads over every core,
 * results are applied here in the main thread, in document order, each document as one journal edit
 * for its spans; the links of several documents follow as one relations edit (link-group.ts). A
 * cancel stops before the next document is applied and saves the links of those already tagged:
 * every document is then either wholly applied or untouched, and running again applies the rest.
 * `onDocument` hears each document's undecided suggestions at or above the score, in order.
 */
export async function suggestInBatch(
  context: AssistContext,
  request: BatchSuggestRequest,
  control: BatchControl & { onDocument?: (documentId: string, suggestions: Suggestion[]) => void } = {},
): Promise<BatchSuggestResult> {
  const wanted = request.documentIds ? new Set(request.documentIds) : undefined;
  const ids = context.documentIds().filter((id) => !wanted || wanted.has(id));
  const pool = control.pool ?? new WorkerPool(ids.length < SMALL_BATCH ? 0 : control.workers);
  const result: BatchSuggestResult = {
    documents: ids.length,
    done: 0,
    found: 0,
    applied: 0,
    relations: 0,
    cancelled: false,
  };
  const computing: Array<Promise<Suggestion[]>> = [];
  const applying = new Set<Promise<void>>();
  const stopped = (): boolean => control.signal?.aborted === true;
  const cancel = aborted(control.signal);
  const finish = (id: string): void => {
    result.done++;
    control.onProgress?.({ done: result.done, total: ids.length, documentId: id });
  };
  const linking = new LinkGroup(context, LINKED_TOGETHER, (id, spans, relations) => {
    result.applied += spans;
    result.relations += relations;
    finish(id);
  });
  const dispatch = (next: number): void => {
    while (computing.length < ids.length && computing.length < next + Math.max(1, pool.size) * WINDOW_PER_WORKER) {
      const document = taskDocument(context, ids[computing.length]!);
      const made = pool.run('suggest', { document, statements: request.statements });
      made.catch(() => undefined);
      computing.push(made);
    }
  };
  try {
    control.onProgress?.({ done: 0, total: ids.length });
    for (const [index, id] of ids.entries()) {
      if (stopped()) break;
      dispatch(index);
      const all = await Promise.race([computing[index]!, cancel]);
      if (!all || stopped()) break;
      computing[index] = Promise.resolve([]);
      if (control.record && !request.apply) {
        result.found += all.length;
        await keep(
          applying,
          control.record(id, all).then(() => finish(id)),
        );
        continue;
      }
      const open = (await undecidedSuggestions(context, id, all)).filter((s) => s.score >= request.minScore);
      result.found += open.length;
      control.onDocument?.(id, open);
      if (!request.apply || open.length === 0) {
        await context.letGo(id);
        finish(id);
        continue;
      }
      const tagged = tagSuggestions(context, id, all, open).then(async ({ spans, links }) => {
        await context.letGo(id);
        // Not waited for here: the loop goes on tagging while a full group's links are saved.
        track(applying, linking.add({ documentId: id, spans, links }));
      });
      await keep(applying, tagged);
    }
    await Promise.all(applying);
    await linking.flush();
  } finally {
    // Whatever happened, the documents already handed to the disk finish before the workers end,
    // and those already tagged get their links.
    await Promise.allSettled([...applying]);
    await linking.flush().catch(() => undefined);
    if (!control.pool) await pool.close();
  }
  result.cancelled = stopped() && result.done < ids.length;
  return result;
}

/** Holds a write among those under way until it ends. */
function track(applying: Set<Promise<void>>, saved: Promise<void>): void {
  applying.add(saved);
  const forget = (): boolean => applying.delete(saved);
  saved.then(forget, forget);
}

/** Holds a document's write among those under way, waiting while too many are. */
async function keep(applying: Set<Promise<void>>, saved: Promise<void>): Promise<void> {
  track(applying, saved);
  if (applying.size >= APPLYING_AT_ONCE) await Promise.race(applying);
}

/** Resolves (to undefined) when the signal aborts, so waiting for a worker ends at once on a cancel. */
function aborted(signal: AbortSignal | undefined): Promise<undefined> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve(undefined);
    else signal.addEventListener('abort', () => resolve(undefined), { once: true });
  });
}
