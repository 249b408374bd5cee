import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// docs/architecture.md cannot go stale silently: its folder map names exactly the folders on disk
// (to the depth below), and every file and function its walk of a span names is still there.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOC = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');

/** Folders listed by depth: two levels under src/, one under every other root. */
const DEPTH: Record<string, number> = { src: 2 };
/** Top-level folders that are tools' output or dependencies, never the project's own. */
const NOT_OURS = new Set(['node_modules', 'out', 'test-results', 'playwright-report']);
const ROOTS = /^(src|electron|e2e|test|bench|eval|scripts|bin|docs)\//;

function section(title: string): string {
  const start = DOC.indexOf(`\n## ${title}`);
  if (start < 0) throw new Error(`docs/architecture.md has no "## ${title}" section`);
  const end = DOC.indexOf('\n## ', start + 1);
  return DOC.slice(start, end < 0 ? undefined : end);
}

const isDir = (path: string): boolean => existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isDirectory();
const isFile = (path: string): boolean => existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile();
const listable = (name: string): boolean => !name.startsWith('.') && name !== '__fixtures__';

/** The folders the map must name, each as `path/`. */
function foldersOnDisk(): string[] {
  const found: string[] = [];
  const walk = (dir: string, depthLeft: number): void => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      if (!entry.isDirectory() || !listable(entry.name)) continue;
      const path = `${dir}/${entry.name}`;
      found.push(`${path}/`);
      if (depthLeft > 1) walk(path, depthLeft - 1);
    }
  };
  for (const entry of readdirSync(ROOT, { withFileTypes: true })) {
    if (!entry.isDirectory() || !listable(entry.name) || NOT_OURS.has(entry.name)) continue;
    found.push(`${entry.name}/`);
    walk(entry.name, DEPTH[entry.name] ?? 1);
  }
  return found.sort();
}

/** The first cell of every row of the folder map. */
function foldersInMap(): string[] {
  return [...section('Folder map').matchAll(/^\| `([^`]+\/)` \|/gm)].map((m) => m[1]!);
}

/** Inline code spans, fenced blocks left out. */
const backticked = (text: string): string[] =>
  [...text.replace(/^```[^]*?^```/gm, '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('the folder map in docs/architecture.md', () => {
  it('names only folders that exist, each once', () => {
    const named = foldersInMap();
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((f) => !isDir(f))).toEqual([]);
    expect(named.filter((f, i) => named.indexOf(f) !== i)).toEqual([]);
  });

  it('names every folder on disk to its depth', () => {
    const named = new Set(foldersInMap());
    expect(foldersOnDisk().filter((f) => !named.has(f))).toEqual([]);
  });
});

describe('the rest of docs/architecture.md', () => {
  it('names only repository paths that exist', () => {
    const paths = backticked(DOC).filter((t) => ROOTS.test(t) && !/[\s<>*]/.test(t));
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((p) => !(p.endsWith('/') ? isDir(p) : isFile(p) || isDir(p)))).toEqual([]);
  });

  it('names in each step of the span walk functions found in the files that step names', () => {
    const steps = section('One span')
      .split(/\n(?=\d+\. )/)
      .filter((s) => /^\d+\. /.test(s));
    expect(steps.length).toBeGreaterThanOrEqual(10);
    const missing: string[] = [];
    for (const step of steps) {
      const tokens = backticked(step);
      const files = tokens.filter((t) => ROOTS.test(t) && isFile(t));
      expect(files, step.slice(0, 60)).not.toEqual([]);
      const sources = files.map((f) => readFileSync(join(ROOT, f), 'utf8'));
      for (const name of tokens.filter((t) => /^[A-Za-z_$][\w$]*(\.[\w$]+)*$/.test(t))) {
        const last = name.split('.').pop()!;
        const word = new RegExp(`(^|[^\\w$])${last.replace(/\$/g, '\\$')}([^\\w$]|$)`);
        if (!sources.some((source) => word.test(source))) missing.push(`step ${step.match(/^\d+/)![0]}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
