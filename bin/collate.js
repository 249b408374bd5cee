#!/usr/bin/env node
// The `collate` command. It runs the CLI's bundle (out/cli/, written by `npm run build`) while the
// bundle is newer than every source it is built from, and otherwise the TypeScript sources through
// tsx, so it always matches the source; the bundle starts several times faster.
import { fileURLToPath } from 'node:url';
import { cliBuildNeeded } from '../scripts/build-freshness.js';

const bundled = cliBuildNeeded(fileURLToPath(new URL('..', import.meta.url))) === null;
if (!bundled) (await import('tsx/esm/api')).register();
const load = (bundle, source) =>
  import(new URL(bundled ? `../out/cli/${bundle}` : `../src/${source}`, import.meta.url).href);

// Before any work: a young generation of 4 MB semi-spaces keeps an import's peak memory within 10×
// its text (src/service/young-generation.ts); no V8 flag can be given portably through npm's shims.
// Commands that import nothing keep V8's sizing, which their batches run faster and smaller with.
const { commandImports, limitYoungGeneration } = await load('young-generation.js', 'service/young-generation.ts');
if (commandImports(process.argv.slice(2))) limitYoungGeneration();
// A reader that stops early (`collate suggest … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await load('main.js', 'cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
