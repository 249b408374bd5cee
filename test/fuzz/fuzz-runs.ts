/** `npm test` runs a few hundred generated inputs per property; `npm run test:fuzz` runs FUZZ_RUNS. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 200);
