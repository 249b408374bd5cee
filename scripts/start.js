#!/usr/bin/env node
// `npm start`: opens Collate's desktop window on the last build, building first only when the sources
// are newer than it. Where Electron's binary is missing (its download is blocked on some machines),
// it tries once to fetch it, and otherwise says in one line how to use the browser shell instead.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNeeded } from './build-freshness.js';
import { findOrFetchElectron } from './electron-binary.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const NO_ELECTRON =
  "Collate's desktop window needs Electron, whose binary could not be downloaded on this machine. " +
  'Run the browser shell instead: npx collate serve <workspace>';

const binary = findOrFetchElectron(root);
if (!binary) {
  console.error(NO_ELECTRON);
  process.exit(1);
}

const reason = buildNeeded(root);
if (reason) {
  console.log(`Building Collate (${reason})…`);
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) {
    console.error('Collate could not be built (electron-vite build failed; see above).');
    process.exit(build.status ?? 1);
  }
}

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
child.on('error', (error) => {
  console.error(`Electron could not be started: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
