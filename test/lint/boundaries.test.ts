import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layer rules of eslint.config.js, each broken on purpose by a small file that exists only in
// memory: if a rule stops firing (a renamed folder, a resolver that no longer finds .ts files), this fails.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = join(ROOT, 'eslint.config.js');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: CONFIG });
});

/** Some production module in a layer folder, as a specifier relative to `from` (zones need a real file). */
function moduleIn(layer: string, from: string): string {
  const files = (readdirSync(join(ROOT, layer), { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes('__fixtures__'))
    .sort();
  if (!files[0]) throw new Error(`no module in ${layer}`);
  const specifier = relative(dirname(join(ROOT, from)), join(ROOT, layer, files[0])).replace(/\\/g, '/');
  return (specifier.startsWith('.') ? specifier : `./${specifier}`).replace(/\.tsx?$/, '');
}

async function problems(filePath: string, code: string): Promise<Array<{ rule: string | null; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const PURE_CORE = 'src/core is pure TypeScript';
const coreFile = 'src/core/lint-probe.ts';

describe('src/core imports nothing environmental', () => {
  it.each([
    'node:fs',
    'fs',
    'path',
    'electron',
    'react',
    'react-dom/client',
    '@tiptap/core',
    'lowdb',
    'jsdom',
    'pdfjs-dist',
  ])('rejects %s', async (pkg) => {
    expect(await problems(coreFile, `import '${pkg}';\n`)).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining(PURE_CORE) },
    ]);
  });

  it('rejects a type-only import of React too', async () => {
    expect(await problems(coreFile, `import type { ReactNode } from 'react';\nexport type T = ReactNode;\n`)).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining(PURE_CORE) },
    ]);
  });

  it.each(['src/api', 'src/service', 'src/server', 'src/cli', 'src/renderer', 'electron/main'])(
    'rejects a module of %s',
    async (layer) => {
      expect(await problems(coreFile, `import '${moduleIn(layer, coreFile)}';\n`)).toEqual([
        { rule: 'import-x/no-restricted-paths', message: expect.stringContaining('src/core is pure') },
      ]);
    },
  );

  it('allows its pure libraries and itself', async () => {
    const code = `import 'zod';\nimport 'marked';\nimport 'approx-string-match';\nimport '${moduleIn('src/core', coreFile)}';\n`;
    expect(await problems(coreFile, code)).toEqual([]);
  });
});

describe('the other layers', () => {
  const cases: Array<[string, string, string, string]> = [
    ['src/api/lint-probe.ts', 'src/service', 'import-x/no-restricted-paths', 'src/api is the contract'],
    [
      'src/renderer/lint-probe.ts',
      'src/service',
      'import-x/no-restricted-paths',
      'src/renderer talks to the service only through src/api',
    ],
    ['src/renderer/components/LintProbe.tsx', 'src/server', 'import-x/no-restricted-paths', 'src/renderer talks'],
    ['src/service/lint-probe.ts', 'src/renderer', 'import-x/no-restricted-paths', 'src/service sits below'],
    ['src/service/lint-probe.ts', 'src/server', 'import-x/no-restricted-paths', 'src/service sits below'],
    ['src/server/lint-probe.ts', 'src/cli', 'import-x/no-restricted-paths', 'src/server (the browser shell)'],
    ['src/cli/lint-probe.ts', 'src/renderer', 'import-x/no-restricted-paths', 'src/cli imports only'],
    ['electron/main/lint-probe.ts', 'src/renderer', 'import-x/no-restricted-paths', 'electron main/preload use only'],
    ['electron/preload/lint-probe.ts', 'src/server', 'import-x/no-restricted-paths', 'electron main/preload use only'],
  ];
  it.each(cases)('%s may not import %s', async (file, layer, rule, message) => {
    expect(await problems(file, `import '${moduleIn(layer, file)}';\n`)).toEqual([
      { rule, message: expect.stringContaining(message) },
    ]);
  });

  it('src/api may import no package but zod', async () => {
    expect(await problems('src/api/lint-probe.ts', `import 'node:path';\n`)).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining('src/api is the contract') },
    ]);
  });

  const allowed: Array<[string, string[]]> = [
    ['src/renderer/lint-probe.ts', ['src/api', 'src/core']],
    ['src/api/lint-probe.ts', ['src/core']],
    ['src/service/lint-probe.ts', ['src/api', 'src/core']],
    ['src/server/lint-probe.ts', ['src/service', 'src/api', 'src/core']],
    ['src/cli/lint-probe.ts', ['src/server', 'src/service', 'src/api', 'src/core']],
    ['electron/main/lint-probe.ts', ['src/api', 'src/service', 'src/core']],
  ];
  it.each(allowed)('%s may import %j', async (file, layers) => {
    const code =
      layers.map((layer) => `import '${moduleIn(layer, file)}';\n`).join('') +
      (file.includes('/api/') ? `import 'zod';\n` : '');
    expect(await problems(file, code)).toEqual([]);
  });
});

describe('import cycles', () => {
  // no-cycle follows real files, so this one is written to disk: a copy of src/core/ with two modules.
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'collate-lint-'));
    mkdirSync(join(scratch, 'src/core'), { recursive: true });
    writeFileSync(
      join(scratch, 'src/core/a.ts'),
      `import { b } from './b';\nexport const a = (): number => b() + 1;\n`,
    );
    writeFileSync(
      join(scratch, 'src/core/b.ts'),
      `import { a } from './a';\nexport const b = (): number => a() - 1;\n`,
    );
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are reported under src/', async () => {
    const inScratch = new ESLint({ cwd: scratch, overrideConfigFile: CONFIG });
    const [result] = await inScratch.lintFiles(['src/core/a.ts']);
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['import-x/no-cycle']);
  });
});
