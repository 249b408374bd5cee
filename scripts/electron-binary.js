// Where Electron's binary is, for `npm start` and `npm run dist`; its download is blocked on some
// machines, so one bounded attempt to fetch it is made, and callers say plainly when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FETCH_TIMEOUT_MS = 60_000;

/** The same lookup as node_modules/electron/index.js: path.txt names the executable under dist/. */
export function electronBinary(root) {
  const electronDir = join(root, 'node_modules', 'electron');
  try {
    const relative = readFileSync(join(electronDir, 'path.txt'), 'utf8').trim();
    if (!relative) return null;
    const binary = join(electronDist(root), relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export function electronDist(root) {
  return process.env.ELECTRON_OVERRIDE_DIST_PATH || join(root, 'node_modules', 'electron', 'dist');
}

/** Runs electron's own installer once (it downloads the binary), killed after a minute. */
export function fetchElectron(root) {
  const electronDir = join(root, 'node_modules', 'electron');
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) return;
  spawnSync(process.execPath, [installer], {
    cwd: electronDir,
    stdio: 'ignore',
    timeout: FETCH_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
}

/** The binary, fetched once if missing; null when it cannot be had here. */
export function findOrFetchElectron(root) {
  const found = electronBinary(root);
  if (found) return found;
  fetchElectron(root);
  return electronBinary(root);
}

export function electronVersion(root) {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}
