/** A passage of a document's text that looks like page furniture rather than the article. */
export interface BoilerplateRange {
  start: number;
  end: number;
  reason: string;
}

export interface BoilerplateOptions {
  /** Flag lines that hold only a number (printed page numbers of a PDF). */
  pageNumbers?: boolean;
}

export const BOILERPLATE_REASONS = {
  newsletter: 'newsletter sign-up',
  widget: 'widget or section label',
  related: 'related-article link',
  punctuation: 'stray punctuation',
  caption: 'photo caption or credit',
  pageNumber: 'page number',
} as const;

const R = BOILERPLATE_REASONS;

/** Labels of widgets and page chrome; as a whole line, or glued to the start of the next sentence. */
const WIDGET_LABELS = [
  'Impact Shorts',
  'More Shorts',
  'Breaking News',
  'Advertisement',
  'Sponsored',
  'Sponsored Content',
  'Story continues below advertisement',
  'Article continues below advertisement',
  'Continue reading below',
  'Skip Advertisement',
  'Listen to this article',
  'Share this article',
  'Share',
  'Most Read',
  'Most Popular',
  'Trending Now',
  'Trending',
  'Recommended',
  'Recommended for you',
  'Top Stories',
  'Latest News',
  'Editor’s Picks',
  "Editor's Picks",
];
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const labelAlternation = WIDGET_LABELS.sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const WIDGET_LINE = new RegExp(`^(?:${labelAlternation})\\s*:?$`, 'i');
/** A label glued to the text after it, as copy-paste from a page often leaves it: "More ShortsSeparately, …". */
const WIDGET_GLUED = new RegExp(`^(?:${labelAlternation})(?=\\p{Lu})`, 'u');

const NEWSLETTER_LINE: RegExp[] = [
  /^(?:sign up|signup|subscribe|register)\b.{0,160}\b(?:newsletters?|briefings?|updates|inbox|e-?mails?|alerts)\b/i,
  /^(?:get|receive|join)\b.{0,200}\b(?:newsletters?|delivered to your inbox|in your inbox|straight to your inbox)\b/i,
  /\b(?:delivered|sent|straight|direct(?:ly)?) (?:to|into) your inbox\b/i,
  /^(?:enter your e-?mail(?: address)?|e-?mail address|your e-?mail|sign up|subscribe(?: now)?|already (?:a subscriber|have an account)\??)\s*[.:!?]?$/i,
  /^(?:thank you|thanks) for (?:signing up|subscribing)\b/i,
  /^you(?:'|’)re (?:now )?(?:signed up|subscribed)\b/i,
  /^(?:our|the) [\w’' ]{0,40}newsletters?\b.{0,120}$/i,
];
/** A consent sentence of a sign-up form, wherever it sits in a line (it is often glued to the next sentence). */
const CONSENT =
  /By (?:continuing|signing up|subscribing|registering|clicking[^.\n]{0,40}|submitting[^.\n]{0,40}|entering[^.\n]{0,40}),? you (?:agree|accept|consent|acknowledge)[^.!?\n]{0,200}[.!?]?/gi;

const RELATED_LINE =
  /^(?:read more|read also|also read|read next|see also|more on this story|more from|further reading|related(?: articles?| stories| coverage| content| reading)?|more|watch|listen|explainer)\s*(?::|—|–|-|»|›|>)/i;
const READ_MORE_ALONE =
  /^(?:read more|read the full (?:story|article)|continue reading|see more|show more|load more|view comments|comments)\s*[.…»›>]*$/i;

const CAPTION_START =
  /^(?:photo|photograph|photos|image|picture|pictured|caption|credit|photo credit|image credit|image source|picture source|file photo)\s*(?::|—|–)/i;
const CAPTION_END =
  /\((?:[^()]{0,40}\s)?(?:photo|photograph|image|picture|pictures|video)(?:\s+(?:by|credit|source|courtesy))?\s*:?\s[^()]{0,160}\)\s*$/i;
const CREDIT_ONLY =
  /^(?:\(?(?:AP|AFP|Reuters|EPA(?:-EFE)?|Getty Images|Shutterstock|Bloomberg|Anadolu)(?: Photo)?(?:\s*(?:\/|via)\s*[^\n]{0,80})?\)?)$/;

const STRAY = /^[\p{P}\p{S}\s]+$/u;
const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

const MAX_LABEL_LINE = 80;
const MAX_NEWSLETTER_LINE = 300;
const MAX_CAPTION_LINE = 400;

function classifyLine(line: string, options: BoilerplateOptions): string | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  if (STRAY.test(trimmed)) return R.punctuation;
  if (options.pageNumbers && PAGE_NUMBER.test(trimmed)) return R.pageNumber;
  if (trimmed.length <= MAX_LABEL_LINE && WIDGET_LINE.test(trimmed)) return R.widget;
  if (trimmed.length <= MAX_LABEL_LINE && READ_MORE_ALONE.test(trimmed)) return R.related;
  if (trimmed.length <= MAX_CAPTION_LINE && RELATED_LINE.test(trimmed)) return R.related;
  if (trimmed.length <= MAX_NEWSLETTER_LINE && NEWSLETTER_LINE.some((re) => re.test(trimmed))) return R.newsletter;
  if (trimmed.length <= MAX_CAPTION_LINE && (CAPTION_START.test(trimmed) || CAPTION_END.test(trimmed)))
    return R.caption;
  if (trimmed.length <= MAX_LABEL_LINE && CREDIT_ONLY.test(trimmed)) return R.caption;
  return null;
}

/** Consent sentences and glued widget labels: parts of a line, as offsets into it. */
function findInLine(line: string): BoilerplateRange[] {
  const found: BoilerplateRange[] = [];
  const glued = WIDGET_GLUED.exec(line);
  if (glued) found.push({ start: 0, end: glued[0].length, reason: R.widget });
  for (const match of line.matchAll(CONSENT)) {
    found.push({ start: match.index, end: match.index + match[0].length, reason: R.newsletter });
  }
  return found;
}

/**
 * Finds newsletter sign-up blocks, widget labels, related-article links, lines of stray
 * punctuation and photo captions in a document's text. It only reports where they are, as UTF-16
 * offsets into `text` (`end` exclusive, never covering a line's newline), so the text itself
 * and every offset into it stay as they were. Neighbouring lines with the same reason, and blank
 * lines between them, make one range.
 */
export function findBoilerplate(text: string, options: BoilerplateOptions = {}): BoilerplateRange[] {
  const found: BoilerplateRange[] = [];
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const reason = classifyLine(line, options);
    if (reason) {
      const start = lineStart + (line.length - line.trimStart().length);
      found.push({ start, end: lineStart + line.trimEnd().length, reason });
    } else {
      for (const part of findInLine(line))
        found.push({ start: lineStart + part.start, end: lineStart + part.end, reason: part.reason });
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return mergeNeighbours(text, found);
}

function mergeNeighbours(text: string, ranges: BoilerplateRange[]): BoilerplateRange[] {
  const merged: BoilerplateRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && last.reason === range.reason && text.slice(last.end, range.start).trim() === '') last.end = range.end;
    else merged.push({ ...range });
  }
  return merged;
}
