#!/usr/bin/env node
// The `collate` command: runs the TypeScript CLI through tsx, so it always matches the source.
import { register } from 'tsx/esm/api';

register();
// Before any work: a young generation of 4 MB semi-spaces keeps an import's peak memory within 10×
// its text (src/service/young-generation.ts); no V8 flag can be given portably through npm's shims.
const { limitYoungGeneration } = await import('../src/service/young-generation.ts');
limitYoungGeneration();
// A reader that stops early (`collate suggest … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
