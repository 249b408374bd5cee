import type { Result } from '../core/result';
import type { Args, Method, ResultOf } from './contract';

/** What the renderer holds: one async function per contract method, each resolving to a Result. */
export type CollateApi = { [M in Method]: (args: Args<M>) => Promise<Result<ResultOf<M>>> };
