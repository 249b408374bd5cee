#!/usr/bin/env node
// The `collate` command: runs the TypeScript CLI through tsx, so it always matches the source.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
