/** Underline depths drawn by class; deeper lanes (rare) get an inline style. */
export const STYLED_LANES = 12;
const LANE_STEP_PX = 4;
const FIRST_OFFSET_PX = 3;
const FALLBACK_COLOUR = '#888888';

export function hexToRgba(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return `rgba(136, 136, 136, ${alpha})`;
  return `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})`;
}

/** A CSS string holding any label name. */
const cssString = (text: string): string =>
  `"${text.replace(/["\\\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/** How far below the text a lane's underline sits. */
export const laneOffset = (lane: number): string => `${FIRST_OFFSET_PX + lane * LANE_STEP_PX}px`;

/**
 * The rules that colour spans (fill and underline) and suggestions (dashed outline) by label,
 * and set each lane's underline depth. One stylesheet instead of a style attribute on every
 * element: drawing a span element is then as cheap as drawing plain text.
 */
export function labelRules(colours: ReadonlyMap<string, string>): string[] {
  const fill = (colour: string): string =>
    `background-color: ${hexToRgba(colour, 0.26)}; text-decoration: underline 2px ${colour}`;
  const outline = (colour: string): string => `outline: 1px dashed ${hexToRgba(colour, 0.7)}; outline-offset: 1px`;
  const rules = [`.collate-span { ${fill(FALLBACK_COLOUR)} }`, `.collate-suggestion { ${outline(FALLBACK_COLOUR)} }`];
  for (let lane = 0; lane < STYLED_LANES; lane++)
    rules.push(`.collate-span.lane-${lane} { text-underline-offset: ${laneOffset(lane)} }`);
  for (const [label, colour] of colours) {
    const name = cssString(label);
    rules.push(
      `.collate-span[data-label=${name}] { ${fill(colour)} }`,
      `.collate-suggestion[data-label=${name}] { ${outline(colour)} }`,
    );
  }
  return rules;
}

let sheet: CSSStyleSheet | null = null;
let shown: ReadonlyMap<string, string> | null = null;

/** Makes the page's label colours these. */
export function showLabelColours(colours: ReadonlyMap<string, string>): void {
  if (colours === shown) return;
  shown = colours;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.replaceSync(labelRules(colours).join('\n'));
}
