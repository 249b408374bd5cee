/** A run of text on a PDF page, in PDF user space: `x`,`y` is the left end of its baseline, y grows upwards. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size (the height of the text's em square). */
  size: number;
}

/** A horizontal run of items on one baseline, not crossing a column gutter. */
interface Segment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Lines in reading order, grouped into flows (one per column of a band), for paragraph detection. */
interface Flow {
  lines: Segment[];
}

export interface PdfPageLayout {
  /** Paragraphs in reading order, each as its lines (hyphenation not yet resolved). */
  paragraphs: string[][];
  /** Whether two columns were found on the page. */
  columns: number;
}

const median = (values: number[]): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

function joinItems(items: PdfTextItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (text !== '' && gap > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Groups items into baselines, then splits each baseline where a gap is wide enough to be a gutter. */
function segmentsOf(items: PdfTextItem[]): Segment[] {
  const sorted = items
    .map((item) => ({ ...item, str: item.str.replace(/[\r\n]+/g, ' ') }))
    .filter((item) => item.str.trim() !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const baselines: PdfTextItem[][] = [];
  for (const item of sorted) {
    const line = baselines[baselines.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(first.y - item.y) <= Math.min(first.size, item.size) * 0.4) line.push(item);
    else baselines.push([item]);
  }
  const segments: Segment[] = [];
  for (const line of baselines) {
    line.sort((a, b) => a.x - b.x);
    let run: PdfTextItem[] = [];
    const flush = (): void => {
      const text = joinItems(run);
      if (text !== '') {
        const last = run[run.length - 1]!;
        segments.push({
          text,
          x0: run[0]!.x,
          x1: last.x + last.width,
          y: run[0]!.y,
          size: median(run.map((r) => r.size)) ?? last.size,
        });
      }
      run = [];
    };
    for (const item of line) {
      const previous = run[run.length - 1];
      if (previous && item.x - (previous.x + previous.width) > Math.max(previous.size, item.size) * 1.5) flush();
      run.push(item);
    }
    flush();
  }
  return segments;
}

/** The x of a gutter between two columns, if the page has one. */
function findGutter(segments: Segment[]): number | undefined {
  if (segments.length < 4) return undefined;
  const minX = Math.min(...segments.map((s) => s.x0));
  const maxX = Math.max(...segments.map((s) => s.x1));
  const width = maxX - minX;
  if (width <= 0) return undefined;
  const from = Math.floor(minX + width * 0.25);
  const to = Math.ceil(maxX - width * 0.25);
  let best: { x: number; crossing: number; run: number } | undefined;
  let runStart = -1;
  let runCrossing = Infinity;
  const allowed = Math.max(1, Math.floor(segments.length * 0.1));
  for (let x = from; x <= to + 1; x++) {
    const crossing = x > to ? Infinity : segments.filter((s) => s.x0 < x && s.x1 > x).length;
    if (crossing <= allowed && crossing === runCrossing) continue;
    if (runStart >= 0 && runCrossing <= allowed) {
      const run = x - runStart;
      if (!best || runCrossing < best.crossing || (runCrossing === best.crossing && run > best.run)) {
        best = { x: runStart + run / 2, crossing: runCrossing, run };
      }
    }
    runStart = crossing <= allowed ? x : -1;
    runCrossing = crossing;
  }
  if (!best) return undefined;
  const gutter = best.x;
  const left = segments.filter((s) => s.x1 <= gutter);
  const right = segments.filter((s) => s.x0 >= gutter);
  if (left.length < 2 || right.length < 2) return undefined;
  const overlaps = left.some((l) => right.some((r) => Math.abs(l.y - r.y) < Math.max(l.size, r.size) * 2));
  return overlaps ? gutter : undefined;
}

/** Splits the page into flows in reading order: full-width runs as they come, and each two-column band left then right. */
function flowsOf(segments: Segment[], gutter: number | undefined): Flow[] {
  const byY = [...segments].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  if (gutter === undefined) return [{ lines: byY }];
  const flows: Flow[] = [];
  let band: Segment[] = [];
  let spanning: Segment[] = [];
  const flushBand = (): void => {
    if (band.length === 0) return;
    const left = band.filter((s) => s.x1 <= gutter);
    const right = band.filter((s) => s.x1 > gutter);
    if (left.length > 0) flows.push({ lines: left });
    if (right.length > 0) flows.push({ lines: right });
    band = [];
  };
  const flushSpanning = (): void => {
    if (spanning.length > 0) flows.push({ lines: spanning });
    spanning = [];
  };
  for (const segment of byY) {
    if (segment.x0 < gutter && segment.x1 > gutter) {
      flushBand();
      spanning.push(segment);
    } else {
      flushSpanning();
      band.push(segment);
    }
  }
  flushBand();
  flushSpanning();
  return flows;
}

const startsLower = (text: string): boolean => /^\p{Ll}/u.test(text);

/**
 * Lays out one PDF page's text items as paragraphs in reading order: items on one baseline make a
 * line, a gutter splits the page into two columns (left column read before the right one, and
 * full-width lines such as a headline in place), and a paragraph ends at a vertical gap clearly
 * wider than the usual line spacing, an indented first line, or a change of font size.
 */
export function layoutPdfPage(items: PdfTextItem[]): PdfPageLayout {
  const segments = segmentsOf(items);
  const gutter = findGutter(segments);
  const flows = flowsOf(segments, gutter);
  const gaps: number[] = [];
  for (const flow of flows) {
    for (let i = 1; i < flow.lines.length; i++) {
      const gap = flow.lines[i - 1]!.y - flow.lines[i]!.y;
      if (gap > 0 && gap < flow.lines[i]!.size * 3) gaps.push(gap);
    }
  }
  const lineGap = median(gaps);
  const paragraphs: string[][] = [];
  let previous: Segment | undefined;
  for (const flow of flows) {
    const left = Math.min(...flow.lines.map((l) => l.x0));
    flow.lines.forEach((line, index) => {
      let breaks = previous === undefined;
      if (previous && index === 0) {
        breaks = !startsLower(line.text);
      } else if (previous) {
        const gap = previous.y - line.y;
        const sizeChanged = Math.abs(previous.size - line.size) > Math.min(previous.size, line.size) * 0.15;
        const indented = line.x0 - left > line.size * 0.8 && previous.x0 - left <= line.size * 0.8;
        const wide = lineGap !== undefined ? gap > lineGap * 1.4 : gap > line.size * 1.8;
        breaks = sizeChanged || indented || wide;
      }
      if (breaks) paragraphs.push([line.text]);
      else paragraphs[paragraphs.length - 1]!.push(line.text);
      previous = line;
    });
  }
  return { paragraphs, columns: gutter === undefined ? 1 : 2 };
}

const HYPHEN_END = /(\p{L}+)[-\u00ad\u2010]$/u;
const WORD_START = /^(\p{L}+)/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Hyphenated words written whole on one line somewhere in the document ("well-known"), which keep their hyphen when broken. */
export function hyphenatedWords(lines: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const line of lines) for (const match of line.matchAll(/\p{L}+-\p{L}+/gu)) words.add(match[0].toLowerCase());
  return words;
}

/**
 * Joins the lines of a paragraph. A hyphen (or soft hyphen) ending a line after a letter, with a
 * lowercase letter starting the next line, was put there by line breaking: it goes ("exam-" +
 * "ple" → "example") unless the document writes that hyphenated word whole elsewhere. Other line
 * ends become a space, except after a dash or between CJK characters.
 */
export function joinPdfLines(lines: string[], keepHyphenated: Set<string> = new Set()): string {
  let text = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const hyphen = HYPHEN_END.exec(text);
    const next = WORD_START.exec(line);
    if (hyphen && next && startsLower(line)) {
      const whole = `${hyphen[1]}-${next[1]}`.toLowerCase();
      text = keepHyphenated.has(whole) && !text.endsWith('\u00ad') ? text + line : text.slice(0, -1) + line;
    } else if (/[-\u2010\u2013\u2014]$/u.test(text) || (CJK.test(text.slice(-1)) && CJK.test(line[0] ?? ''))) {
      text += line;
    } else {
      text += ' ' + line;
    }
  }
  return text;
}

export interface PdfText {
  text: string;
  pages: Array<{ page: number; start: number; end: number }>;
}

/** Joins laid-out pages into one text, one paragraph per line, and says where each page lies in it. */
export function assemblePdfText(pages: PdfPageLayout[]): PdfText {
  const keep = hyphenatedWords(pages.flatMap((p) => p.paragraphs.flat()));
  let text = '';
  const ranges: PdfText['pages'] = [];
  pages.forEach((layout, index) => {
    const body = layout.paragraphs.map((lines) => joinPdfLines(lines, keep)).join('\n');
    if (text !== '' && body !== '') text += '\n';
    const start = text.length;
    text += body;
    ranges.push({ page: index + 1, start, end: text.length });
  });
  return { text, pages: ranges };
}
