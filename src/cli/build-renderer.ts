import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CollateError } from '../core/collate-error';
import { DEFAULT_RENDERER_DIR } from '../server/start-server';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the user interface once, the first time the browser shell runs after an install. */
export function ensureRendererBuilt(): void {
  if (existsSync(`${DEFAULT_RENDERER_DIR}/index.html`)) return;
  process.stderr.write('Building the user interface (first run only)…\n');
  const build = spawnSync(process.execPath, [`${PROJECT}/node_modules/electron-vite/bin/electron-vite.js`, 'build'], {
    cwd: PROJECT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0 || !existsSync(`${DEFAULT_RENDERER_DIR}/index.html`)) {
    throw new CollateError('not-built', 'The user interface could not be built; run "npm run build" to see why.');
  }
}
