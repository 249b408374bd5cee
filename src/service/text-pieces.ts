/** How many UTF-16 units one piece of a long text holds. */
export const TEXT_PIECE = 64 * 1024;

/**
 * A long string in pieces of about `size` units, never cutting a surrogate pair in two, so that
 * each piece encodes (as UTF-8 or as JSON) exactly as it does inside the whole. Used to hash or
 * write a document's text without making a second whole copy of it.
 */
export function* textPieces(text: string, size = TEXT_PIECE): Generator<string> {
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    yield text.slice(start, end);
    start = end;
  }
}
