import type { Method, ParsedArgs, ResultOf } from './contract';

/** What a service implements: every contract method, taking parsed arguments. Errors are thrown as CollateError. */
export type Handlers = { [M in Method]: (args: ParsedArgs<M>) => Promise<ResultOf<M>> };
