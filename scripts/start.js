#!/usr/bin/env node
// `npm start`: builds the app and opens Collate's desktop window. Where Electron's binary is missing
// (its download is blocked on some machines), it tries once to fetch it, and otherwise says in one
// line how to use the browser shell instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const electronDir = join(root, 'node_modules', 'electron');
const FETCH_TIMEOUT_MS = 60_000;
const NO_ELECTRON =
  "Collate's desktop window needs Electron, whose binary could not be downloaded on this machine. " +
  'Run the browser shell instead: npx collate serve <workspace>';

/** The same lookup as node_modules/electron/index.js: path.txt names the executable under dist/. */
function electronBinary() {
  try {
    const relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    if (!relative) return null;
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
    const binary = join(dist, relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function fetchElectron() {
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) return;
  spawnSync(process.execPath, [installer], {
    cwd: electronDir,
    stdio: 'ignore',
    timeout: FETCH_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
}

let binary = electronBinary();
if (!binary) {
  fetchElectron();
  binary = electronBinary();
}
if (!binary) {
  console.error(NO_ELECTRON);
  process.exit(1);
}

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  console.error('Collate could not be built (electron-vite build failed; see above).');
  process.exit(build.status ?? 1);
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
