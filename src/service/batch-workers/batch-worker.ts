/** A worker thread of the batch pool: runs each task it is sent (batch-tasks.ts) and answers. */
import { parentPort } from 'node:worker_threads';
import { runTask, type TaskRequest } from './batch-tasks';

parentPort?.on('message', (request: TaskRequest) => parentPort!.postMessage(runTask(request)));
