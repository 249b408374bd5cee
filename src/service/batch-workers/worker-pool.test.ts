import { describe, expect, it } from 'vitest';
import { suggest } from '../../core/assist/index';
import { WorkerPool } from './worker-pool';

const document = { id: 'd-1', text: 'The dam will reopen in March, according to the regional water authority.' };

describe('WorkerPool', () => {
  it('gives what the core function gives, in worker threads and in this thread alike', async () => {
    const expected = suggest(document, { statements: false });
    for (const size of [2, 0]) {
      const pool = new WorkerPool(size);
      const results = await Promise.all([1, 2, 3].map(() => pool.run('suggest', { document, statements: false })));
      await pool.close();
      expect(results).toEqual([expected, expected, expected]);
    }
  });

  it('fails a task whose input is wrong with the reason, and keeps serving the next ones', async () => {
    const pool = new WorkerPool(1);
    await expect(pool.run('suggest', { document: null as never, statements: false })).rejects.toMatchObject({
      code: 'batch-failed',
    });
    expect(await pool.run('suggest', { document, statements: false })).toEqual(suggest(document));
    await pool.close();
  });

  it('cancels what is queued or running when closed', async () => {
    const pool = new WorkerPool(1);
    const running = pool.run('suggest', { document, statements: false });
    const queued = pool.run('suggest', { document, statements: false });
    const settled = Promise.allSettled([running, queued]);
    await pool.close();
    expect((await settled).map((s) => s.status === 'rejected' && (s.reason as { code: string }).code)).toEqual([
      'cancelled',
      'cancelled',
    ]);
    await expect(pool.run('suggest', { document, statements: false })).rejects.toMatchObject({ code: 'cancelled' });
  });
});
