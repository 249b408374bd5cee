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
