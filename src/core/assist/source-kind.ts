/** Guesses a source's kind and whether it is named, from its words alone. */

export type SourceKind =
  'publication' | 'official' | 'named person' | 'anonymous person' | 'organisation' | 'government body';

export interface SourceAttributes {
  kind: SourceKind;
  named: 'yes' | 'no';
}

const PUBLICATION =
  /\b(times|post|journal|tribune|herald|gazette|observer|guardian|telegraph|reuters|associated press|ap|afp|bloomberg|cnn|msnbc|fox news|fox|abc|nbc|cbs|npr|bbc|politico|axios|breitbart|huffington|huffpost|politifact|newspaper|magazine|outlet|paper|news agency|agency report|tass|interfax|ria novosti|al jazeera|wire service|daily|weekly|newsweek|the economist|atlantic|usa today|the hill|vox|buzzfeed|wikileaks|tv|television|broadcaster|radio)\b/i;
const GOVERNMENT =
  /\b(ministry|department|pentagon|kremlin|white house|government|administration|agency|congress|senate|house|parliament|supreme court|court|police|army|military|navy|air force|fbi|cia|nsa|fema|commission|council|cabinet|state department|embassy|general staff|prosecutors?|authorities|office|bureau|mayor's office|city hall|legislature|federal reserve|treasury|justice department|secret service)\b/i;
const ORGANISATION =
  /\b(campaign|company|group|party|committee|foundation|institute|university|college|poll|polls|survey|study|studies|report|organization|organisation|union|association|coalition|network|corporation|firm|bank|inc\.?|corp\.?|ltd\.?|llc|center|centre|project|alliance|federation|league|club|society|church|charity|ngo|think tank|pac|super pac|movement|team|board|fund|council|researchers|data|analysis|index|website|site)\b/i;
const OFFICIAL =
  /\b(officials?|spokes(?:man|woman|person|people|men|women)|minister|secretary|senator|sen\.|rep\.|representative|congressman|congresswoman|governor|gov\.|mayor|president|vice president|ambassador|diplomat|general|gen\.|commander|chief|director|adviser|advisor|aide|aides|press secretary|chairman|chairwoman|chair|lawmakers?|legislators?|attorney general|prosecutor|judge|justice|sheriff|lt\.|col\.|admiral|speaker|leader|envoy|strategist|staffer|staff)\b/i;
const ANONYMOUS =
  /\b(sources?|people familiar|person familiar|witness(?:es)?|residents?|analysts?|experts?|observers?|critics?|supporters?|voters?|protesters?|demonstrators?|activists?|insiders?|someone|somebody|many|some|others|people|one person|a man|a woman|friends?|neighbors?|neighbours?|members?|students?|workers?|americans|democrats|republicans|conservatives|liberals|fans|participants|respondents)\b/i;
const ANONYMOUS_MARKERS =
  /\b(anonymity|anonymous|unnamed|not authorized|not authorised|declined to be named|familiar with|who asked not to be)\b/i;
const INDEFINITE =
  /^(a|an|one|two|three|several|some|many|other|senior|top|u\.s\.|american|western|israeli|russian|ukrainian|european|chinese|iranian|british|french|german|federal|local|state|military|administration|government|intelligence|defense|defence|white house|campaign|party)\b/i;

const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'they',
  'it',
  'i',
  'we',
  'you',
  'who',
  'which',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'of',
  'for',
  'and',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'to',
  'former',
  'then',
  'some',
  'many',
  'one',
  'two',
  'several',
  'according',
]);

/** True when the phrase holds a proper name: a capitalised word that is not a function word or a title alone. */
export function hasProperName(phrase: string): boolean {
  const words = phrase.match(/[\p{L}][\p{L}\p{M}'’.-]*/gu) ?? [];
  return words.some((w, i) => {
    if (!/^\p{Lu}/u.test(w)) return false;
    const lower = w.toLowerCase().replace(/[’]/g, "'");
    if (FUNCTION_WORDS.has(lower)) return false;
    if (i === 0 && /^(former|senior|top|local|federal|many|some|several|most|other)$/i.test(w)) return false;
    return true;
  });
}

const PERSON_NAME = /\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+/u;

export function classifySource(phrase: string): SourceAttributes {
  // "Alan Cole, an economist at the Tax Foundation": a person named in the head, described after it.
  const [head, ...rest] = phrase.split(',');
  const appositive = rest.join(',');
  if (
    head &&
    appositive.trim() &&
    PERSON_NAME.test(head) &&
    !PUBLICATION.test(head) &&
    !GOVERNMENT.test(head) &&
    !ORGANISATION.test(head)
  ) {
    return { kind: OFFICIAL.test(head) || OFFICIAL.test(appositive) ? 'official' : 'named person', named: 'yes' };
  }
  return classifyPhrase(phrase);
}

function classifyPhrase(phrase: string): SourceAttributes {
  const p = phrase.trim();
  const named = hasProperName(p);
  const hasFullName = PERSON_NAME.test(p);
  if (ANONYMOUS_MARKERS.test(p)) {
    return { kind: OFFICIAL.test(p) ? 'official' : 'anonymous person', named: 'no' };
  }
  if (/^(he|she|i|we|you|they|it|who|which|that)$/i.test(p)) {
    return { kind: /^(it|which|that)$/i.test(p) ? 'organisation' : 'named person', named: 'no' };
  }
  if (OFFICIAL.test(p)) {
    // "U.S. officials", "a senior official": not named; "Defense Minister Rustem Umerov": named.
    const plural = /\bofficials\b|\baides\b|\blawmakers\b|\blegislators\b/i.test(p);
    const indefinite = INDEFINITE.test(p) && !hasFullName;
    if (plural || indefinite) return { kind: 'official', named: 'no' };
    if (
      GOVERNMENT.test(p) &&
      !hasFullName &&
      /\b(office|department|ministry|administration)\b/i.test(p) &&
      !/\b(minister|secretary|spokes)/i.test(p)
    )
      return { kind: 'government body', named: named ? 'yes' : 'no' };
    return { kind: 'official', named: named ? 'yes' : 'no' };
  }
  if (PUBLICATION.test(p) && named) return { kind: 'publication', named: 'yes' };
  if (GOVERNMENT.test(p)) return { kind: 'government body', named: named ? 'yes' : 'no' };
  if (ORGANISATION.test(p)) return { kind: 'organisation', named: named ? 'yes' : 'no' };
  if (PUBLICATION.test(p)) return { kind: 'publication', named: named ? 'yes' : 'no' };
  if (named && !ANONYMOUS.test(p.split(/\s+/).slice(-1)[0] ?? '')) return { kind: 'named person', named: 'yes' };
  if (ANONYMOUS.test(p)) return { kind: 'anonymous person', named: 'no' };
  return { kind: named ? 'named person' : 'anonymous person', named: named ? 'yes' : 'no' };
}
