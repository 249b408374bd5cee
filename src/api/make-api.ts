import { fail } from '../core/result';
import { contract, methods, type Method, type ResultOf } from './contract';
import type { CollateApi } from './client';
import { parseSpanList } from './parse-span-list';

/** A transport sends one call and returns whatever came back, unchecked. */
export type Transport = (method: Method, args: unknown) => Promise<unknown>;

/** Hand-written checks, equivalent to the contract's schemas, for answers too large to walk with zod on every call. */
const fastChecks: { readonly [M in Method]?: (value: unknown) => ResultOf<M> | null } = {
  listAnnotations: parseSpanList,
};

function check(method: Method, value: unknown): { ok: true; value: unknown } | { ok: false } {
  const fast = fastChecks[method];
  if (fast) {
    const parsed = fast(value);
    return parsed === null ? { ok: false } : { ok: true, value: parsed };
  }
  const parsed = contract[method].result.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}

/** Builds the typed API over a transport, parsing every answer with the contract before trusting it. */
export function makeApi(transport: Transport): CollateApi {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const method of methods) {
    api[method] = async (args: unknown) => {
      let answer: unknown;
      try {
        answer = await transport(method, args);
      } catch (error) {
        return fail('transport', `Collate's service could not be reached: ${error instanceof Error ? error.message : String(error)}`);
      }
      const envelope = answer as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
      if (envelope?.ok === false && typeof envelope.error?.message === 'string') {
        return fail(String(envelope.error.code ?? 'error'), envelope.error.message);
      }
      if (envelope?.ok !== true) return fail('bad-answer', `The service's answer to ${method} was malformed.`);
      const parsed = check(method, envelope.value);
      if (!parsed.ok) return fail('bad-answer', `The service's answer to ${method} did not match the contract.`);
      return { ok: true, value: parsed.value };
    };
  }
  return api as unknown as CollateApi;
}
