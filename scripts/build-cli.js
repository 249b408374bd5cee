// `npm run build` (after electron-vite): bundles the `collate` command into out/cli/, which
// bin/collate.js runs while it is newer than its sources (build-freshness.js), instead of loading
// every TypeScript module through tsx (about 2 s of CPU before any work).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Each module keeps its own `import.meta.url` (its source file), so that what it finds beside itself
 * (the browser shell's out/renderer, bin/collate.js for git's merge driver, the batch worker loaded
 * through tsx) is found as from the sources.
 */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
      loader: 'ts',
    }));
  },
};

/** Writes out/cli/main.js (the CLI) and out/cli/young-generation.js (run first, before the CLI loads). */
export async function buildCli(root, outdir = join(root, 'out', 'cli')) {
  await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', 'young-generation': 'src/service/young-generation.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [sourceUrls],
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli(fileURLToPath(new URL('..', import.meta.url)));
