import { attribute, childElements, parseXml, type XmlElement } from './parse-xml';

/** What a paragraph style says about lists: its own numbering, or the one of the style it is based on. */
interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

const value = (element: XmlElement | undefined, local: string): string | undefined => {
  const child = element ? childElements(element, local)[0] : undefined;
  return child ? attribute(child, 'val') : undefined;
};

/** A style chain longer than this is damaged (Word's own chains are a few deep); the rest is ignored. */
const MAX_CHAIN = 32;

/**
 * The list numbering paragraph styles give (word/styles.xml): Word's "List Number" and "List Bullet"
 * styles, and headings numbered by their style, carry `w:numPr` in the style rather than in each
 * paragraph. A style without its own numPr takes its `w:basedOn` style's, as Word resolves it.
 */
export class DocxStyles {
  private readonly styles = new Map<string, StyleNumbering>();

  constructor(stylesXml: string | undefined) {
    const parsed = stylesXml ? parseXml(stylesXml) : undefined;
    if (!parsed?.ok) return;
    for (const style of childElements(parsed.value, 'style')) {
      if ((attribute(style, 'type') ?? 'paragraph') !== 'paragraph') continue;
      const id = attribute(style, 'styleId');
      if (id === undefined) continue;
      const entry: StyleNumbering = {};
      const basedOn = value(style, 'basedOn');
      if (basedOn !== undefined) entry.basedOn = basedOn;
      const properties = childElements(style, 'pPr')[0];
      const numPr = properties ? childElements(properties, 'numPr')[0] : undefined;
      const numId = value(numPr, 'numId');
      const ilvl = value(numPr, 'ilvl');
      if (numId !== undefined) entry.numId = numId;
      if (ilvl !== undefined && /^\d$/.test(ilvl)) entry.ilvl = Number(ilvl);
      this.styles.set(id, entry);
    }
  }

  /** The numId and level a paragraph of this style gets from its style chain, if any. */
  numbering(styleId: string): { numId?: string; ilvl?: number } {
    const out: { numId?: string; ilvl?: number } = {};
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id) && seen.size < MAX_CHAIN;) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) break;
      if (out.numId === undefined && style.numId !== undefined) out.numId = style.numId;
      if (out.ilvl === undefined && style.ilvl !== undefined) out.ilvl = style.ilvl;
      id = style.basedOn;
    }
    return out;
  }
}
