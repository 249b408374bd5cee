import { fnv1a } from '../text/fnv1a';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_NAME = 80;

/**
 * Turns an id or title into a file-name stem that is safe on every platform: ASCII letters, digits,
 * `.`, `_`, `-` only, no leading dot, no reserved device name, at most 80 characters. When the stem
 * differs from the original, a short hash of the original is appended so different ids stay apart.
 */
export function safeFileStem(original: string): string {
  let stem = original
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .replace(/[._]+$/, '')
    .slice(0, MAX_NAME);
  if (stem === '' || WINDOWS_RESERVED.test(stem.split('.')[0]!)) stem = `doc_${stem}`;
  return stem === original ? stem : `${stem}_${fnv1a(original)}`;
}

/** Safe, distinct file stems for ids, unique even on case-insensitive file systems. */
export function safeFileStems(ids: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) {
    if (result.has(id)) continue;
    let stem = safeFileStem(id);
    for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${safeFileStem(id)}-${n}`;
    taken.add(stem.toLowerCase());
    result.set(id, stem);
  }
  return result;
}

/**
 * True when a path can only name a file inside the export's destination: relative, forward slashes,
 * no empty, `.` or `..` segment, no control characters, no drive letter, no reserved device name.
 */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.length > 240) return false;
  if (/[\u0000-\u001f\u007f\\:*?"<>|]/.test(path)) return false;
  if (path.startsWith('/')) return false;
  return path.split('/').every((segment) => {
    if (segment === '' || segment === '.' || segment === '..') return false;
    if (segment.endsWith('.') || segment.endsWith(' ')) return false;
    return !WINDOWS_RESERVED.test(segment.split('.')[0]!);
  });
}
