import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function resolveImport(from: string, specifier: string, exists: (path: string) => boolean): string | undefined {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find(exists);
}

/** Every cycle of relative imports (type imports included), each as the files along it. */
function findImportCycles(
  files: readonly string[],
  read: (file: string) => string,
  exists: (path: string) => boolean,
): string[][] {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = [...read(file).matchAll(IMPORT)].map((m) => resolveImport(file, m[1]!, exists));
    graph.set(
      file,
      targets.filter((t): t is string => t !== undefined && t !== file),
    );
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe('imports in src/', () => {
  it('form no cycle', () => {
    const cycles = findImportCycles(sourceFiles(SRC), (file) => readFileSync(file, 'utf8'), isFile);
    expect(cycles.map((cycle) => cycle.map((f) => relative(SRC, f)).join(' → '))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const files = ['/x/a.ts', '/x/b.ts', '/x/c.ts'];
    const sources: Record<string, string> = {
      '/x/a.ts': "import { b } from './b';",
      '/x/b.ts': "import type { C } from './c';\nexport const b = 1;",
      '/x/c.ts': "export { a } from './a';",
    };
    const exists = (f: string): boolean => f in sources;
    const cycles = findImportCycles(files, (f) => sources[f]!, exists);
    expect(cycles).toEqual([['/x/a.ts', '/x/b.ts', '/x/c.ts', '/x/a.ts']]);
  });
});
