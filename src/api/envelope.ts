import { CollateError } from '../core/collate-error';
import { fail, type Result } from '../core/result';

/** The one IPC channel of the contract: the preload invokes it with (method, args), the main process answers. */
export const CALL_CHANNEL = 'collate:call';

/** The browser shell's address of a method: POST `${API_PATH}<method>`. */
export const API_PATH = '/api/';

/** A thrown error as the value that crosses the boundary: a CollateError keeps its code, anything else is `fallback`. */
export function failureOf(error: unknown, fallback: { code: string; context: string }): Result<never> {
  if (error instanceof CollateError) return fail(error.code, error.message);
  return fail(fallback.code, `${fallback.context}: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Reads an answer that crossed a boundary: a failure is passed on as it came, a success only when
 * `parse` accepts its value (null means it did not). `from` names the other side in messages.
 */
export function readEnvelope<T>(answer: unknown, parse: (value: unknown) => T | null, from: string): Result<T> {
  const envelope = answer as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } } | null;
  if (envelope?.ok === false && typeof envelope.error?.message === 'string') {
    return fail(String(envelope.error.code ?? 'error'), envelope.error.message);
  }
  if (envelope?.ok !== true) return fail('bad-answer', `${from} was malformed.`);
  const value = parse(envelope.value);
  if (value === null) return fail('bad-answer', `${from} did not match the contract.`);
  return { ok: true, value };
}
