// `npm run lint`: no production file under src/ or electron/ grows past 400 lines unless its header
// comment says why, with a line such as `// Long file: <the reason it stays whole>`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_LINES = 400;
const FOLDERS = ['src', 'electron'];
const SOURCE = /\.(ts|tsx|js|mjs)$/;
/** Tests, their fixtures and test-only helpers (`test-workspace.ts`) are not production code. */
const NOT_PRODUCTION = /\.test\.tsx?$|(^|\/)__fixtures__\/|(^|\/)test-[^/]*$/;
const REASON = /\blong file:\s*\S/i;

export interface LongFile {
  path: string;
  lines: number;
}

/** The leading comments of a file (after a shebang), where the reason for its length must be. */
function header(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (inBlock) {
      kept.push(trimmed);
      if (trimmed.includes('*/')) inBlock = false;
    } else if (trimmed === '' || trimmed.startsWith('#!') || trimmed.startsWith('//')) {
      kept.push(trimmed);
    } else if (trimmed.startsWith('/*')) {
      kept.push(trimmed);
      inBlock = !trimmed.includes('*/');
    } else {
      break;
    }
  }
  return kept.join('\n');
}

/** Production files over MAX_LINES lines whose header gives no reason, relative to `root`. */
export function findLongFiles(root: string): LongFile[] {
  const found: LongFile[] = [];
  for (const folder of FOLDERS) {
    let entries: string[];
    try {
      entries = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = `${folder}/${entry.replace(/\\/g, '/')}`;
      if (!SOURCE.test(path) || NOT_PRODUCTION.test(path)) continue;
      const text = readFileSync(join(root, path), 'utf8');
      const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
      if (lines > MAX_LINES && !REASON.test(header(text))) found.push({ path, lines });
    }
  }
  return found.sort((a, b) => b.lines - a.lines);
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const long = findLongFiles(root);
  for (const file of long) {
    console.error(
      `${file.path}: ${file.lines} lines (over ${MAX_LINES}); split it, or say why in a "Long file:" header`,
    );
  }
  process.exitCode = long.length > 0 ? 1 : 0;
}
