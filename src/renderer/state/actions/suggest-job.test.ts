import { describe, expect, it } from 'vitest';
import type { JobStatus, Suggestion } from '../../../api/contract';
import { createEdits } from './edits';
import { fakeContext, fakeService } from './fake-service';
import { createLoading } from './loading';
import { createSuggestJobActions } from './suggest-job';
import { createSuggestionActions } from './suggestions';

const suggestion = (id: string): Suggestion => ({ id, label: 'Source', start: 0, end: 1, reason: 'test', score: 1 });
const running = (done: number, finished?: string[]): JobStatus => ({
  state: 'running',
  progress: { step: 'Suggesting', done, total: 3, remainingMs: 2000, ...(finished ? { finished } : {}) },
});

/** A service whose suggest job answers these statuses in turn (the last one again and again). */
function setUp(statuses: JobStatus[], state = {}) {
  const asked: Array<{ documentId: string }> = [];
  const started: unknown[] = [];
  const ready = new Set<string>();
  const service = fakeService({
    startJob: (request: unknown) => {
      started.push(request);
      return { jobId: 'job-1' };
    },
    jobStatus: () => {
      const status = statuses.length > 1 ? statuses.shift()! : statuses[0]!;
      if (status.state === 'running') for (const id of status.progress.finished ?? []) ready.add(id);
      return status;
    },
    cancelJob: () => ({ cancelled: true }),
    suggestAnnotations: (args: { documentId: string }) => {
      asked.push(args);
      return ready.has(args.documentId) ? [suggestion(`${args.documentId}-s`)] : [];
    },
  });
  const ctx = fakeContext(service, { openIds: ['d2'], documents: [], ...state });
  const loading = createLoading(ctx);
  const lists = createSuggestionActions(ctx, loading, createEdits(ctx, loading));
  return { service, ctx, asked, started, actions: createSuggestJobActions(ctx, lists, 1) };
}

describe('suggestions for many documents in the background', () => {
  it('shows the job’s progress, turns suggestions on, and gives the open document its own as soon as they are made', async () => {
    const { ctx, asked, started, actions, service } = setUp([
      running(0),
      running(1, ['d1']),
      running(2, ['d2']),
      running(3, ['d3']),
      { state: 'done', result: { kind: 'suggest', documents: 3, ready: 0, made: 3, suggestions: 42 } },
    ]);
    const seen: string[] = [];
    ctx.store.subscribe(() => {
      const job = ctx.store.get().suggestJob;
      if (job) seen.push(`${job.progress.done}/${job.progress.total}`);
    });
    const run = actions.suggestForDocuments(['d1', 'd2', 'd3']);
    expect(ctx.store.get().suggestionsOn).toBe(true);
    expect(ctx.store.get().suggestJob).toMatchObject({ documents: 3, cancelling: false });
    await run;
    expect(started).toEqual([{ kind: 'suggest', documentIds: ['d1', 'd2', 'd3'] }]);
    expect([...new Set(seen)]).toEqual(['0/0', '0/3', '1/3', '2/3', '3/3']);
    // Only the open document is asked again: when its own suggestions are made, and once the job is over.
    expect(asked.map((a) => a.documentId)).toEqual(['d2', 'd2']);
    expect(ctx.store.get().suggestions.d2?.map((s) => s.id)).toEqual(['d2-s']);
    expect(ctx.store.get().suggestJob).toBeNull();
    expect(ctx.store.get().suggestJobNotice).toBe(
      "Suggestions ready for 3 documents (3 made now): 42 suggestions to review in each document's Suggestions panel.",
    );
    expect(service.calls).not.toContain('createAnnotation');
    expect(service.calls).not.toContain('acceptSuggestions');
  });

  it('stops the service’s job on Cancel and says that every document is whole', async () => {
    const { ctx, actions, service } = setUp([running(0), running(1, ['d1'])], { suggestionsOn: true });
    const run = actions.suggestForDocuments();
    while (ctx.store.get().suggestJob?.progress.done !== 1) await new Promise((resolve) => setTimeout(resolve, 1));
    actions.cancelSuggestJob();
    expect(ctx.store.get().suggestJob?.cancelling).toBe(true);
    await run;
    expect(service.calls).toContain('cancelJob');
    expect(ctx.store.get().suggestJob).toBeNull();
    expect(ctx.store.get().suggestJobNotice).toBe(
      'Suggestions stopped at about 1 of 3 documents: each document has all its suggestions or none. Run again to do the rest.',
    );
    expect(ctx.store.get().alerts).toEqual([]);
  });

  it('says why when the service refuses, and runs one batch at a time', async () => {
    const { ctx, actions, service } = setUp([running(0)]);
    service.refuse('startJob', '4 jobs (exports, reports, suggestions) are already under way');
    await Promise.all([actions.suggestForDocuments(), actions.suggestForDocuments()]);
    expect(service.calls.filter((c) => c === 'startJob')).toHaveLength(1);
    expect(ctx.store.get().alerts.map((a) => a.message)).toEqual([
      'Could not make suggestions: 4 jobs (exports, reports, suggestions) are already under way',
    ]);
    expect(ctx.store.get().suggestJob).toBeNull();
    expect(ctx.store.get().suggestJobNotice).toBeNull();
  });
});
