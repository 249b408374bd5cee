// `npm run dist`: installers for this platform with electron-builder (electron/builder-config.ts):
// AppImage and .deb on Linux, .dmg on macOS, NSIS on Windows, in dist/. It packages the Electron
// binary node_modules/electron holds; where that binary cannot be downloaded, it says so and stops.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { builderConfig } from '../electron/builder-config';
import { buildNeeded } from './build-freshness.js';
import { electronDist, electronVersion, findOrFetchElectron } from './electron-binary.js';

const root = resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  if (!findOrFetchElectron(root)) {
    process.stderr.write(
      `npm run dist needs the Electron ${electronVersion(root)} binary for ${process.platform}-${process.arch}, ` +
        'which could not be downloaded on this machine, so no installer was made. The packaging configuration ' +
        'is checked by electron/builder-config.test.ts; run npm run dist where Electron installs.\n',
    );
    return 1;
  }
  const reason = buildNeeded(root);
  if (reason) {
    process.stdout.write(`Building Collate (${reason})…\n`);
    const vite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    const build = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      process.stderr.write('Collate could not be built (electron-vite build failed; see above).\n');
      return build.status ?? 1;
    }
  }
  const { build } = await import('electron-builder');
  const config = { ...builderConfig(), electronDist: electronDist(root), electronVersion: electronVersion(root) };
  const artifacts = await build({ projectDir: root, config, publish: 'never' });
  process.stdout.write(`Installers in dist/:\n${artifacts.map((file) => `  ${file}`).join('\n')}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`npm run dist failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
