import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core runs in Node, the CLI and the renderer alike: it may import itself and pure libraries only.
const PURE_PACKAGES = [/^zod$/, /^marked$/, /^approx-string-match$/, /^fflate$/];
const CORE = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('src/core', () => {
  it('imports nothing environmental', () => {
    const offenders: string[] = [];
    for (const file of sources(CORE)) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(
        /^\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/gm,
      )) {
        if (specifier!.startsWith('.')) continue;
        if (!PURE_PACKAGES.some((p) => p.test(specifier!)))
          offenders.push(`${file.slice(CORE.length)} imports ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
