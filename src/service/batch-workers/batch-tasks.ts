import { suggest, type Suggestion } from '../../core/assist/index';
import { documentFeatures, type ClaimFeatures, type ClaimSpanInput } from '../../core/compare/index';

/** A document as the pure batch tasks read it. */
export interface TaskDocument {
  id: string;
  text: string;
  published?: string;
}

/**
 * The pure work a batch hands to worker threads, by name: core functions only, so a worker needs
 * nothing from the workspace and every result is applied by the service in the main thread.
 */
export const batchTasks = {
  suggest: (input: { document: TaskDocument; statements: boolean }): Suggestion[] =>
    suggest(input.document, { statements: input.statements }),
  /** Compare's first stage for one document (its claims only). */
  'compare-document': (input: { document: TaskDocument; claims: ClaimSpanInput[] }): ClaimFeatures[] =>
    documentFeatures(input.document, input.claims),
};

export type BatchTaskName = keyof typeof batchTasks;
export type TaskInput<N extends BatchTaskName> = Parameters<(typeof batchTasks)[N]>[0];
export type TaskOutput<N extends BatchTaskName> = ReturnType<(typeof batchTasks)[N]>;

/** What the pool sends a worker, and what the worker answers. */
export interface TaskRequest {
  id: number;
  task: BatchTaskName;
  input: unknown;
}
export type TaskReply = { id: number; output: unknown } | { id: number; error: string };

/** Runs one request; what a worker does with each message (and the pool itself without workers). */
export function runTask(request: TaskRequest): TaskReply {
  try {
    const run = batchTasks[request.task] as (input: unknown) => unknown;
    return { id: request.id, output: run(request.input) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
