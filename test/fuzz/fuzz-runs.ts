import fc from 'fast-check';

/** `npm test` runs a few hundred generated inputs per property; `npm run test:fuzz` runs FUZZ_RUNS. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 200);

// `npm test` replays one fixed seed, so CI is repeatable; the long run (`npm run test:fuzz`) explores
// new inputs each time. FUZZ_SEED replays a failure that fast-check reported.
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20261121;
if (seed !== undefined) fc.configureGlobal({ seed });
