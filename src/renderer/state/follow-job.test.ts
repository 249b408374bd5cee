import { describe, expect, it, vi } from 'vitest';
import type { JobResult, JobStatus } from '../../api/contract';
import { fail, ok, type Result } from '../../core/result';
import { followJob } from './follow-job';

const RESULT: JobResult = {
  kind: 'report',
  file: { fileName: 'r.md', mediaType: 'text/markdown', content: '# r' },
};

function fakeApi(statuses: Array<Result<JobStatus>>) {
  return {
    startJob: vi.fn(async () => ok({ jobId: 'j1' })),
    jobStatus: vi.fn(
      async (): Promise<Result<JobStatus>> => statuses.shift() ?? ok<JobStatus>({ state: 'done', result: RESULT }),
    ),
    cancelJob: vi.fn(async () => ok({ cancelled: true })),
  };
}

const running = (done: number): Result<JobStatus> =>
  ok<JobStatus>({ state: 'running', progress: { step: 'Reading documents', done, total: 3 } });

describe('following an export job', () => {
  it('reports each progress it sees and resolves to the result', async () => {
    const api = fakeApi([running(0), running(2)]);
    const seen: number[] = [];
    const result = await followJob(api, { kind: 'report', format: 'md' }, { onProgress: (p) => seen.push(p.done) }, 1);
    expect(result).toEqual(ok(RESULT));
    expect(seen).toEqual([0, 2]);
    expect(api.startJob).toHaveBeenCalledWith({ kind: 'report', format: 'md' });
    expect(api.cancelJob).not.toHaveBeenCalled();
  });

  it('passes a failure on', async () => {
    const api = fakeApi([fail<JobStatus>('export-failed', 'disk on fire')]);
    expect(await followJob(api, { kind: 'report', format: 'md' }, {}, 1)).toEqual(
      fail('export-failed', 'disk on fire'),
    );
  });

  it('on cancel, stops the job in the service and drops a result that was on its way', async () => {
    const cancel = new AbortController();
    const api = fakeApi([]);
    api.jobStatus.mockImplementationOnce(async () => {
      cancel.abort();
      return ok<JobStatus>({ state: 'done', result: RESULT });
    });
    expect(
      await followJob(api, { kind: 'dataset', options: { format: 'brat' } }, { signal: cancel.signal }, 1),
    ).toEqual(ok(null));
    expect(api.cancelJob).toHaveBeenCalledWith({ jobId: 'j1' });
  });

  it('wakes from its pause at once when cancelled', async () => {
    const cancel = new AbortController();
    const api = fakeApi([running(1)]);
    const pending = followJob(
      api,
      { kind: 'report', format: 'html' },
      { signal: cancel.signal, onProgress: () => cancel.abort() },
      60_000,
    );
    expect(await pending).toEqual(ok(null));
    expect(api.jobStatus).toHaveBeenCalledTimes(1);
  });
});
