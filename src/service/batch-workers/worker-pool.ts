import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CollateError } from '../../core/collate-error';
import {
  runTask,
  type BatchTaskName,
  type TaskInput,
  type TaskOutput,
  type TaskReply,
  type TaskRequest,
} from './batch-tasks';

/** The worker's file beside the bundled main process (electron.vite.config.ts builds it as its own entry). */
const BUNDLED_WORKER = './batch-worker.js';

/**
 * Starts one worker thread. From the sources (tsx: the CLI, the browser shell, tests) the worker
 * registers tsx before loading `batch-worker.ts`, since a worker does not inherit the loader the
 * main thread registered; from a bundle it loads the built `batch-worker.js` beside it.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL(BUNDLED_WORKER, here));
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./batch-worker.ts', here).href;
  const load = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(load, { eval: true });
}

interface Waiting {
  request: TaskRequest;
  resolve: (output: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Worker threads over every core for the pure work of a batch (batch-tasks.ts): tasks queue and
 * each goes to the next idle worker. Workers start on first use and end on `close`; a worker that
 * dies fails its task and is replaced. A pool of size 0 runs each task in this thread, for batches
 * too small to pay for starting workers.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Waiting>();
  private readonly queue: Waiting[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size = Math.max(1, availableParallelism())) {}

  run<N extends BatchTaskName>(task: N, input: TaskInput<N>): Promise<TaskOutput<N>> {
    if (this.closed) return Promise.reject(new CollateError('cancelled', 'Cancelled.'));
    if (this.size === 0) {
      const reply = runTask({ id: this.nextId++, task, input });
      return 'error' in reply
        ? Promise.reject(new CollateError('batch-failed', reply.error))
        : Promise.resolve(reply.output as TaskOutput<N>);
    }
    return new Promise((resolve, reject) => {
      this.queue.push({
        request: { id: this.nextId++, task, input },
        resolve: resolve as (output: unknown) => void,
        reject,
      });
      this.dispatch();
    });
  }

  /** Ends every worker; tasks still queued or running fail with `cancelled`. */
  async close(cancelled: Error = new CollateError('cancelled', 'Cancelled.')): Promise<void> {
    this.closed = true;
    for (const waiting of this.queue.splice(0)) waiting.reject(cancelled);
    for (const waiting of this.busy.values()) waiting.reject(cancelled);
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    this.busy.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const waiting = this.queue.shift()!;
      this.busy.set(worker, waiting);
      // A busy worker keeps the process alive; an idle one does not.
      worker.ref();
      worker.postMessage(waiting.request);
    }
  }

  private spawn(): Worker {
    const worker = startWorker();
    worker.on('message', (reply: TaskReply) => {
      const waiting = this.busy.get(worker);
      if (!waiting || waiting.request.id !== reply.id) return;
      this.busy.delete(worker);
      if ('error' in reply) waiting.reject(new CollateError('batch-failed', reply.error));
      else waiting.resolve(reply.output);
      worker.unref();
      if (!this.closed) {
        this.idle.push(worker);
        this.dispatch();
      }
    });
    worker.on('error', (error) => {
      const waiting = this.busy.get(worker);
      this.busy.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
      waiting?.reject(new CollateError('batch-failed', `A worker thread failed: ${error.message}`));
      if (!this.closed) this.dispatch();
    });
    return worker;
  }
}
