/**
 * Alt+drag from the selected claim onto a source attributes the claim to it. A plain drag inside a claim
 * selects text as anywhere else; the gesture starts only with Alt held, and while it lasts a hint next to
 * the pointer says what letting go will do.
 */

/** Where the hint says what the drop would do; the quote of the span under the pointer, shortened. */
function describeDrop(under: Element | null, fromId: string): string {
  const target = under?.closest('[data-span-id]');
  const id = target?.getAttribute('data-span-id');
  if (!target || !id || id === fromId) return 'Drop on a source to attribute the claim to it (Esc cancels)';
  const label = target.getAttribute('data-label') ?? 'span';
  const quote = (target.textContent ?? '').trim();
  const short = quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
  return `Attribute the claim to ${label} “${short}”`;
}

/**
 * Starts the linking gesture for a mouse press on the article, if it is an Alt+press on the selected claim;
 * returns whether it did. `onLink` runs on a drop onto another span.
 */
export function startDragLink(event: MouseEvent, onLink: (fromId: string, toId: string) => void): boolean {
  if (event.button !== 0 || !event.altKey) return false;
  const from =
    event.target instanceof Element ? event.target.closest('.collate-span.is-selected[data-label="Claim"]') : null;
  const fromId = from?.getAttribute('data-span-id');
  if (!fromId) return false;
  event.preventDefault();
  const hint = document.createElement('div');
  hint.className = 'drag-link-hint';
  hint.setAttribute('role', 'status');
  hint.setAttribute('aria-label', 'Linking');
  document.body.append(hint);
  document.body.classList.add('is-linking');
  const place = (e: MouseEvent): void => {
    hint.textContent = describeDrop(document.elementFromPoint(e.clientX, e.clientY), fromId);
    hint.style.left = `${e.clientX + 14}px`;
    hint.style.top = `${e.clientY + 14}px`;
  };
  const end = (): void => {
    window.removeEventListener('mousemove', place);
    window.removeEventListener('mouseup', up);
    window.removeEventListener('keydown', escape, true);
    document.body.classList.remove('is-linking');
    hint.remove();
  };
  const up = (e: MouseEvent): void => {
    end();
    const under = document.elementFromPoint(e.clientX, e.clientY)?.closest('[data-span-id]');
    const toId = under?.getAttribute('data-span-id');
    if (toId && toId !== fromId) onLink(fromId, toId);
  };
  const escape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    end();
  };
  place(event);
  window.addEventListener('mousemove', place);
  window.addEventListener('mouseup', up);
  window.addEventListener('keydown', escape, true);
  return true;
}
