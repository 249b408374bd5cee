/** One range drawn over a line's text, in offsets within the line. */
export interface LineItem {
  readonly from: number;
  readonly to: number;
  readonly attrs: Readonly<Record<string, string>>;
  /** Breaks ties between items of the same range: lower ranks wrap higher ones. */
  readonly rank: number;
}

/** A zero-width element at an offset within the line (the keyboard caret). */
export interface LineWidget {
  readonly at: number;
  readonly attrs: Readonly<Record<string, string>>;
}

const byNesting = (a: LineItem, b: LineItem): number => a.from - b.from || b.to - a.to || a.rank - b.rank;

function element(attrs: Readonly<Record<string, string>>): HTMLSpanElement {
  const el = document.createElement('span');
  for (const key in attrs) el.setAttribute(key, attrs[key]!);
  return el;
}

/**
 * Replaces a paragraph's content with its text wrapped in one element per item. Items that
 * start earlier (or reach further) wrap the others; an element is split only where two items
 * cross, so nested spans stay nested and every element's text is exactly its own range.
 */
export function paintLine(
  p: HTMLElement,
  text: string,
  items: readonly LineItem[],
  widgets: readonly LineWidget[] = [],
): void {
  const sorted = items.filter((i) => i.to > i.from && i.from < text.length && i.to > 0).sort(byNesting);
  const cuts = new Set<number>([0, text.length]);
  for (const i of sorted) {
    cuts.add(Math.max(0, i.from));
    cuts.add(Math.min(text.length, i.to));
  }
  for (const w of widgets) cuts.add(Math.max(0, Math.min(text.length, w.at)));
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  const stack: Array<{ item: LineItem; el: HTMLElement }> = [];
  const parent = (): Node => stack[stack.length - 1]?.el ?? fragment;
  for (let n = 0; n < points.length; n++) {
    const at = points[n]!;
    const next = points[n + 1] ?? at;
    const wanted = next > at ? sorted.filter((i) => i.from <= at && i.to >= next) : [];
    let keep = 0;
    while (keep < stack.length && keep < wanted.length && stack[keep]!.item === wanted[keep]) keep++;
    stack.length = keep;
    for (const w of widgets)
      if (Math.max(0, Math.min(text.length, w.at)) === at) parent().appendChild(element(w.attrs));
    if (next <= at) continue;
    for (let k = keep; k < wanted.length; k++) {
      const el = element(wanted[k]!.attrs);
      parent().appendChild(el);
      stack.push({ item: wanted[k]!, el });
    }
    parent().appendChild(document.createTextNode(text.slice(at, next)));
  }
  if (text.length === 0) fragment.appendChild(document.createElement('br'));
  p.replaceChildren(fragment);
}

/** A paragraph holding only its text (an empty line keeps its height with a line break). */
export function plainLine(p: HTMLElement, text: string): void {
  if (text.length > 0) p.textContent = text;
  else p.replaceChildren(document.createElement('br'));
}
