#!/usr/bin/env node
// `npm run dev`: electron-vite in development, the renderer hot-reloaded from its dev server (the main
// process accepts it only when unpackaged and on this machine: electron/main/app-url.ts). Says in one
// line what to run instead where Electron's binary is missing.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findOrFetchElectron } from './electron-binary.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
if (!findOrFetchElectron(root)) {
  console.error(
    'npm run dev needs Electron, whose binary could not be downloaded on this machine. For the renderer alone, run npm run build and npx collate serve <workspace>.',
  );
  process.exit(1);
}
const vite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [vite, 'dev', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
