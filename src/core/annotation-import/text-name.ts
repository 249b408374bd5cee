import type { AnnotatedText } from './types';

/** A `.txt` file name for a text that came inside a JSON file: from its source name or title. */
export function textFileName(...candidates: Array<string | undefined>): string {
  for (const c of candidates) {
    const base = (c ?? '').split(/[\\/]/).pop()!.trim();
    if (!base) continue;
    const stem = base
      .replace(/\.[A-Za-z0-9]{1,6}$/, '')
      .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
      .slice(0, 120)
      .trim();
    if (stem) return `${stem}.txt`;
  }
  return 'document.txt';
}

/**
 * A text read from a JSON record (Label Studio task, doccano line): named after its title, its Collate
 * id or a fallback, and keeping the Collate id it names so that a re-import can reuse it.
 */
export function recordText(
  record: { title?: unknown; collate_id?: unknown },
  fallbackName: string,
  text: Pick<AnnotatedText, 'origin' | 'text' | 'spans' | 'warnings'>,
): AnnotatedText {
  const title = typeof record.title === 'string' ? record.title : undefined;
  const collateId = typeof record.collate_id === 'string' ? record.collate_id : undefined;
  return {
    ...text,
    name: textFileName(title, collateId, fallbackName),
    ...(collateId ? { id: collateId } : {}),
    ...(title ? { title } : {}),
  };
}
