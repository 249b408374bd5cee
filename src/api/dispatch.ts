import { fail, ok, type Result } from '../core/result';
import { contract, isMethod } from './contract';
import { failureOf } from './envelope';
import type { Handlers } from './handlers';

function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'arguments'}: ${i.message}`).join('; ');
}

/**
 * The receiving side of every boundary: checks the method, parses the arguments with the contract,
 * runs the handler, and turns any failure into a value the other side can show.
 */
export async function dispatch(handlers: Handlers, method: string, rawArgs: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) return fail('unknown-method', `Unknown method "${method}".`);
  const parsed = contract[method].args.safeParse(rawArgs ?? {});
  if (!parsed.success) return fail('bad-arguments', `Bad arguments for ${method}: ${describeIssues(parsed.error)}`);
  try {
    const handler = handlers[method] as (args: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    return failureOf(error, { code: 'internal', context: `Unexpected error in ${method}` });
  }
}
