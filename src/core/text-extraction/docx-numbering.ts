import { symbolText } from './docx-symbols';
import { attribute, childElements, findElement, parseXml, type XmlElement } from './parse-xml';

/**
 * List numbers of a Word document as text (word/numbering.xml): a numbered paragraph's prefix is its
 * level's `lvlText` with each %n replaced by level n's counter in that level's format. Counters
 * belong to the abstract list, so two w:num of one abstract list continue each other, unless a
 * w:num overrides a level's start (it restarts there when first used). Counting a level resets the
 * levels below it.
 */

interface Level {
  start: number;
  /** The paragraph style tied to this level (w:pStyle): paragraphs of that style take this level. */
  style?: string;
  format: string;
  text: string;
  suffix: string;
  font?: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, number>;
}

const value = (element: XmlElement | undefined, local: string): string | undefined => {
  const child = element ? childElements(element, local)[0] : undefined;
  return child ? attribute(child, 'val') : undefined;
};

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [size, digits] of table) for (; n >= size; n -= size) out += digits;
  return out;
}

/** a … z, then aa … zz, as Word counts letters. */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return n > 0 ? letters(n) : String(n);
    case 'upperLetter':
      return n > 0 ? letters(n).toUpperCase() : String(n);
    case 'lowerRoman':
      return n > 0 ? roman(n) : String(n);
    case 'upperRoman':
      return n > 0 ? roman(n).toUpperCase() : String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export class DocxNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, number[]>();
  private readonly used = new Set<string>();
  /** Glyphs of bullets in a symbol font that had no Unicode equivalent. */
  unmappedSymbols = 0;

  constructor(numberingXml: string | undefined) {
    const parsed = numberingXml ? parseXml(numberingXml) : undefined;
    if (!parsed?.ok) return;
    for (const abstract of childElements(parsed.value, 'abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childElements(abstract, 'lvl')) {
        const font = findElement(lvl, 'rFonts');
        const level: Level = {
          start: Number(value(lvl, 'start') ?? 1),
          format: value(lvl, 'numFmt') ?? 'decimal',
          text: value(lvl, 'lvlText') ?? '',
          suffix: value(lvl, 'suff') ?? 'tab',
        };
        const style = value(lvl, 'pStyle');
        if (style !== undefined) level.style = style;
        const fontName = font ? (attribute(font, 'ascii') ?? attribute(font, 'hAnsi')) : undefined;
        if (fontName) level.font = fontName;
        levels.set(Number(attribute(lvl, 'ilvl') ?? 0), level);
      }
      this.abstracts.set(attribute(abstract, 'abstractNumId') ?? '', levels);
    }
    for (const num of childElements(parsed.value, 'num')) {
      const overrides = new Map<number, number>();
      for (const override of childElements(num, 'lvlOverride')) {
        const start = value(override, 'startOverride');
        if (start !== undefined) overrides.set(Number(attribute(override, 'ilvl') ?? 0), Number(start));
      }
      this.nums.set(attribute(num, 'numId') ?? '', { abstractId: value(num, 'abstractNumId') ?? '', overrides });
    }
  }

  /** The level of list `numId` tied to paragraph style `styleId` (w:lvl/w:pStyle), if one is. */
  levelOfStyle(numId: string, styleId: string): number | undefined {
    const num = this.nums.get(numId);
    const levels = num ? this.abstracts.get(num.abstractId) : undefined;
    for (const [ilvl, level] of levels ?? []) if (level.style === styleId) return ilvl;
    return undefined;
  }

  /** The prefix of a paragraph with `w:numPr` (numId, ilvl), counting it; '' when it has no list. */
  prefix(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    const levels = num ? this.abstracts.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) return '';
    const counters = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counters);
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [at, start] of num.overrides) counters[at] = start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
    counters.length = ilvl + 1;
    const suffix = level.suffix === 'space' ? ' ' : level.suffix === 'nothing' ? '' : '\t';
    if (level.format === 'bullet') return `${this.bullet(level)}${suffix}`;
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const at = Number(d) - 1;
      const count = counters[at] ?? levels.get(at)?.start ?? 1;
      return formatNumber(count, levels.get(at)?.format ?? 'decimal');
    });
    return text ? `${text}${suffix}` : '';
  }

  private bullet(level: Level): string {
    const code = level.text.codePointAt(0);
    if (code === undefined) return '•';
    if (!level.font && (code < 0xe000 || code > 0xf8ff)) return level.text;
    const symbol = symbolText(level.font ?? 'Symbol', code.toString(16));
    if (!symbol.mapped) this.unmappedSymbols++;
    return symbol.mapped ? symbol.text : '•';
  }
}
