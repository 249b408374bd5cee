#!/usr/bin/env node
// The `collate` command: runs the TypeScript CLI through tsx, so it always matches the source.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`collate suggest … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
