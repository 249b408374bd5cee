import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findLongFiles, MAX_LINES } from '../../scripts/check-file-size';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'collate-size-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, header: string, lines: number): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  const body = Array.from({ length: lines - header.split('\n').length }, (_, i) => `export const v${i} = ${i};`);
  writeFileSync(join(root, path), [header, ...body].join('\n') + '\n');
}

describe('check-file-size', () => {
  it('reports a production file past the limit that does not say why', () => {
    write('src/core/big.ts', '/** Many values. */', MAX_LINES + 1);
    write('electron/main/big.ts', '// The window.', MAX_LINES + 30);
    expect(findLongFiles(root)).toEqual([
      { path: 'electron/main/big.ts', lines: MAX_LINES + 30 },
      { path: 'src/core/big.ts', lines: MAX_LINES + 1 },
    ]);
  });

  it('accepts a file at the limit, and a longer one whose header gives the reason', () => {
    write('src/core/at-limit.ts', '// Values.', MAX_LINES);
    write(
      'src/service/whole.ts',
      '/**\n * The journal.\n * Long file: replay and fold share one cursor.\n */',
      MAX_LINES + 50,
    );
    expect(findLongFiles(root)).toEqual([]);
  });

  it('does not take a reason from below the header', () => {
    write('src/core/late.ts', `// Values.\nexport const a = 1;\n// Long file: too late.`, MAX_LINES + 1);
    expect(findLongFiles(root).map((f) => f.path)).toEqual(['src/core/late.ts']);
  });

  it('leaves tests, fixtures and test helpers alone', () => {
    write('src/core/big.test.ts', '// Cases.', MAX_LINES + 100);
    write('src/renderer/view.browser.test.ts', '// Cases.', MAX_LINES + 100);
    write('src/core/export/__fixtures__/dataset.ts', '// Data.', MAX_LINES + 100);
    write('src/service/test-workspace.ts', '// Temp folders.', MAX_LINES + 100);
    expect(findLongFiles(root)).toEqual([]);
  });
});
