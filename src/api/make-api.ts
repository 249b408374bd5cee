import { fail } from '../core/result';
import { contract, methods, type Method, type ResultOf } from './contract';
import type { CollateApi } from './client';
import { readEnvelope } from './envelope';
import { parseLibraryPage } from './library-rows';
import { parseSpanList } from './parse-span-list';

/** A transport sends one call and returns whatever came back, unchecked. */
export type Transport = (method: Method, args: unknown) => Promise<unknown>;

/** Hand-written checks, equivalent to the contract's schemas, for answers too large to walk with zod on every call. */
const fastChecks: { readonly [M in Method]?: (value: unknown) => ResultOf<M> | null } = {
  listAnnotations: parseSpanList,
  listLibraryRows: parseLibraryPage,
};

function parserOf(method: Method): (value: unknown) => unknown {
  const fast = fastChecks[method];
  if (fast) return fast;
  return (value) => {
    const parsed = contract[method].result.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
}

/** Builds the typed API over a transport, parsing every answer with the contract before trusting it. */
export function makeApi(transport: Transport): CollateApi {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const method of methods) {
    const parse = parserOf(method);
    api[method] = async (args: unknown) => {
      let answer: unknown;
      try {
        answer = await transport(method, args);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return fail('transport', `Collate's service could not be reached: ${reason}`);
      }
      return readEnvelope(answer, parse, `The service's answer to ${method}`);
    };
  }
  return api as unknown as CollateApi;
}
