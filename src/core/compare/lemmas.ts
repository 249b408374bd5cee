/**
 * Light normalisation before stemming, so two outlets' wordings of one fact meet: irregular verb
 * forms read as their base ("left" / "leave", "took" / "taken" / "take"), and a calendar day written
 * any way ("Sept. 11", "September 11th", "9/11") reads as one token.
 */

const IRREGULAR: Record<string, string> = {};
for (const line of `
  arise arose arisen; bear bore born borne; become became; begin began begun; break broke broken;
  bring brought; build built; buy bought; catch caught; choose chose chosen; come came; deal dealt;
  draw drew drawn; drive drove driven; fall fell fallen; feel felt; fight fought; find found; flee fled;
  fly flew flown; forget forgot forgotten; get got gotten; give gave given; go went gone; grow grew grown;
  hear heard; hide hid hidden; hold held; keep kept; know knew known; lay laid; lead led; leave left;
  lend lent; lose lost; make made; mean meant; meet met; pay paid; rise rose risen; run ran; see saw seen;
  seek sought; sell sold; send sent; shoot shot; sit sat; sleep slept; speak spoke spoken; spend spent;
  stand stood; steal stole stolen; strike struck stricken; swear swore sworn; take took taken;
  teach taught; tell told; think thought; throw threw thrown; understand understood; wear wore worn;
  win won; withdraw withdrew withdrawn; write wrote written; man men; woman women; child children`
  .split(';')
  .map((l) => l.trim().split(/\s+/))) {
  const [base, ...forms] = line;
  for (const f of forms) IRREGULAR[f] = base!;
}

/** The base of an irregular form, or the word itself; "earlier" / "early", as "-ier" comparatives go. */
export function lemma(lower: string): string {
  const base = IRREGULAR[lower];
  if (base) return base;
  if (lower.length > 5 && lower.endsWith('ier')) return `${lower.slice(0, -3)}y`;
  return lower;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/g;
/** "9/11" as a day (US order), not "9/11/2016"'s year part or a fraction like "1/2" of something larger. */
const NUMERIC_DAY = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g;

/**
 * The days a text names without a year, as tokens ("day:9-11"), and the text with them blanked out
 * so their words do not count twice.
 */
export function dayTokens(text: string): { tokens: string[]; surfaces: string[]; rest: string } {
  const tokens: string[] = [];
  const surfaces: string[] = [];
  const blank = (m: string): string => ' '.repeat(m.length);
  let rest = text.replace(MONTH_DAY, (m, month: string, day: string) => {
    const n = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
    const d = Number(day);
    if (d < 1 || d > 31) return m;
    tokens.push(`day:${n}-${d}`);
    surfaces.push(m);
    return blank(m);
  });
  rest = rest.replace(NUMERIC_DAY, (m, month: string, day: string) => {
    const n = Number(month);
    const d = Number(day);
    if (n < 1 || n > 12 || d < 1 || d > 31) return m;
    tokens.push(`day:${n}-${d}`);
    surfaces.push(m);
    return blank(m);
  });
  return { tokens, surfaces, rest };
}
