// Whether out/ (electron-vite's build, and the CLI's bundle) is older than what it is built from, so
// `npm start` and `npm run dist` build only when needed, and `collate` runs its bundle only when fresh.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build reads: the app's sources, the build config and the installed packages' lock. */
const INPUTS = ['src', 'electron', 'electron.vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** What the build writes; the oldest of them is the build's age. */
export const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
/** What the CLI's bundle (scripts/build-cli.js) reads: every layer but the renderer. */
const CLI_INPUTS = [
  'src/core',
  'src/api',
  'src/service',
  'src/server',
  'src/cli',
  'scripts/build-cli.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
export const CLI_OUTPUTS = ['out/cli/main.js', 'out/cli/young-generation.js'];
const NOT_BUILT_FROM = /\.test\.tsx?$|(^|[\\/])(node_modules|__fixtures__)([\\/]|$)/;

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return NOT_BUILT_FROM.test(path) ? 0 : stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    const child = join(path, entry);
    if (!NOT_BUILT_FROM.test(child)) latest = Math.max(latest, newest(child));
  }
  return latest;
}

function staleness(root, inputs, outputs) {
  const missing = outputs.find((file) => !existsSync(join(root, file)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...outputs.map((file) => statSync(join(root, file)).mtimeMs));
  const changed = inputs.find((input) => newest(join(root, input)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/** The reason a build is needed, or null when out/ is complete and newer than every input. */
export function buildNeeded(root) {
  return staleness(root, INPUTS, OUTPUTS);
}

/** The reason the CLI's bundle cannot be used, or null when out/cli/ is complete and newer than every input. */
export function cliBuildNeeded(root) {
  return staleness(root, CLI_INPUTS, CLI_OUTPUTS);
}
