import { fail, ok, type Result } from './result';

/** The longest tag, in UTF-16 units. */
export const MAX_TAG_LENGTH = 60;
/** The most tags one document may carry. */
export const MAX_TAGS = 50;

/**
 * A tag as it may be stored and shown: trimmed, 1–60 characters, no control characters, no comma
 * (comma-separated lists in the CLI) and no `#` at its start (the library shows tags as `#tag`).
 */
export function checkTag(tag: string): Result<string> {
  const trimmed = tag.trim().replace(/\s+/g, ' ');
  const shown = JSON.stringify(tag.slice(0, MAX_TAG_LENGTH + 10));
  if (trimmed === '') return fail('bad-tag', 'A tag cannot be empty.');
  if (trimmed.length > MAX_TAG_LENGTH)
    return fail('bad-tag', `The tag ${shown} is longer than ${MAX_TAG_LENGTH} characters.`);
  if (/[\u0000-\u001f\u007f,]/.test(trimmed))
    return fail('bad-tag', `The tag ${shown} holds a comma or a control character.`);
  if (trimmed.startsWith('#')) return fail('bad-tag', `The tag ${shown} starts with "#"; write it without.`);
  return ok(trimmed);
}

/**
 * A document's tags after adding and removing some: the existing order kept, new ones appended, a tag
 * differing only in case counts as the same (its first spelling stays). Fails naming the first bad tag
 * or when the document would carry more than MAX_TAGS.
 */
export function changeTags(
  current: readonly string[],
  add: readonly string[],
  remove: readonly string[],
): Result<string[]> {
  const checked: string[] = [];
  for (const tag of [...add, ...remove]) {
    const one = checkTag(tag);
    if (!one.ok) return one;
    checked.push(one.value);
  }
  const removed = new Set(checked.slice(add.length).map((t) => t.toLocaleLowerCase()));
  const next = current.filter((t) => !removed.has(t.toLocaleLowerCase()));
  const have = new Set(next.map((t) => t.toLocaleLowerCase()));
  for (const tag of checked.slice(0, add.length)) {
    if (have.has(tag.toLocaleLowerCase())) continue;
    have.add(tag.toLocaleLowerCase());
    next.push(tag);
  }
  if (next.length > MAX_TAGS) return fail('too-many-tags', `A document carries at most ${MAX_TAGS} tags.`);
  return ok(next);
}

/** Each tag with how many documents carry it, most first then by name; tags differing only in case count as one (first spelling). */
export function tagCounts(
  documents: Iterable<{ readonly tags?: readonly string[] }>,
): Array<{ tag: string; documents: number }> {
  const counts = new Map<string, { tag: string; documents: number }>();
  for (const document of documents)
    for (const tag of new Set((document.tags ?? []).map((t) => t.toLocaleLowerCase()))) {
      const spelled = (document.tags ?? []).find((t) => t.toLocaleLowerCase() === tag)!;
      const row = counts.get(tag) ?? { tag: spelled, documents: 0 };
      row.documents++;
      counts.set(tag, row);
    }
  return [...counts.values()].sort(
    (a, b) => b.documents - a.documents || (a.tag.toLocaleLowerCase() < b.tag.toLocaleLowerCase() ? -1 : 1),
  );
}
