// Long file: word lists, one entry a line; split, they would scatter one vocabulary the readers share.
/** Word lists for the assist engine. Everything is lower-case with ASCII apostrophes. */
import { NOT_BEFORE } from './cue-exclusions';
import { SIDE_TAKING_VERBS } from './side-taking';

export type CueClass = 'speech' | 'belief' | 'evidence' | 'intent' | 'stance';

export interface CueEntry {
  lemma: string;
  cls: CueClass;
  /** The base or -s form is also a common noun ("the report", "claims"): require a verbal context. */
  nounLike?: boolean;
  /** Takes a recipient before its content ("told reporters that ..."). */
  recipient?: boolean;
  /** The claim is hedged ("believes", "estimates") or denied ("denied"). */
  certainty?: 'hedged' | 'denied';
  /** Only a cue when followed by one of these particles, which join the cue ("called for"). */
  particles?: string[];
  /** Needs one of `particles` to be a cue at all. */
  particleRequired?: boolean;
  /** No cue when one of these follows: "backed off". */
  notBefore?: string[];
}

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  think: ['thought', 'thinks', 'thinking'],
  find: ['found', 'finds', 'finding'],
  know: ['knew', 'knows', 'known', 'knowing'],
  feel: ['felt', 'feels', 'feeling'],
  show: ['showed', 'shows', 'shown', 'showing'],
  speak: ['spoke', 'speaks', 'speaking', 'spoken'],
  swear: ['swore', 'swears', 'sworn'],
  hear: ['heard', 'hears'],
  see: ['saw', 'sees', 'seen'],
  seek: ['sought', 'seeks', 'seeking'],
  go: [],
};

function regular(base: string): string[] {
  const forms = new Set<string>([base]);
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    forms.add(`${stem}ies`).add(`${stem}ied`).add(`${base}ing`);
  } else if (/e$/.test(base)) {
    forms
      .add(`${base}s`)
      .add(`${base}d`)
      .add(`${base.slice(0, -1)}ing`);
  } else if (/(s|sh|ch|x|z)$/.test(base)) {
    forms.add(`${base}es`).add(`${base}ed`).add(`${base}ing`);
  } else if (/^(admit|commit|regret|submit|omit|plan|rebut|quip|abet|dub|refer|brag|concur|prefer|slam)$/.test(base)) {
    const d = base + base.slice(-1);
    forms.add(`${base}s`).add(`${d}ed`).add(`${d}ing`);
  } else {
    forms.add(`${base}s`).add(`${base}ed`).add(`${base}ing`);
  }
  return [...forms];
}

const SPEECH =
  'say tell add note claim announce warn confirm report state declare explain argue insist acknowledge admit suggest ' +
  'predict promise pledge vow tweet write ask urge reply respond recall remark observe stress emphasize emphasise ' +
  'contend maintain allege accuse criticize criticise complain concede testify describe cite point indicate conclude ' +
  'agree disagree mention reveal disclose assert affirm reiterate repeat proclaim boast brag joke quip caution ' +
  'threaten hint speculate recommend advise assure reassure dispute reject counter retort rebut shout chant yell ' +
  'scream whisper continue call praise blame attack question demand propose lament complain charge deny ' +
  'insinuate announce acknowledge characterize characterise dismiss decry condemn denounce concur echo ' +
  'clarify elaborate estimate calculate project forecast testify inform swear speak learn rule ' +
  'comment reference detail highlight underscore articulate invoke rail thank retweet plead implore scold deride ' +
  'laud portray brand downplay compliment protest bristle recount reaffirm remind refute debunk contradict depict ' +
  'dub advocate lash assail berate chide excoriate skewer unveil outline publish release express voice offer talk weigh promote link ' +
  'sigh gush imply lobby refer muse exclaim mutter fume rave marvel';
const BELIEF =
  'believe think expect hope fear worry feel know doubt assume suspect wonder understand consider ' +
  'view regard trust prefer admire respect resent despise dislike favor favour realize realise recognize recognise ' +
  'notice discover determine judge wish imagine envision anticipate';
const EVIDENCE = 'find show suggest indicate reveal conclude';
const INTENT = 'want plan intend seek vow pledge promise refuse decline';
const STANCE =
  'approve embrace support oppose endorse blast slam mock defend discuss liken compare encourage rate sing target lambaste ridicule dismiss applaud welcome hail tout champion';

const HEDGED = new Set([
  'believe',
  'think',
  'expect',
  'hope',
  'fear',
  'worry',
  'feel',
  'doubt',
  'assume',
  'suspect',
  'estimate',
  'suggest',
  'speculate',
  'hint',
  'predict',
  'allege',
  'claim',
  'forecast',
  'project',
  'calculate',
  'wonder',
  'insinuate',
]);
const DENIED = new Set(['deny', 'dispute', 'reject', 'rebut', 'refuse', 'decline', 'dismiss']);
const NOUN_LIKE = new Set([
  'claim',
  'report',
  'state',
  'promise',
  'pledge',
  'vow',
  'tweet',
  'reply',
  'remark',
  'point',
  'joke',
  'quip',
  'caution',
  'hint',
  'dispute',
  'counter',
  'shout',
  'chant',
  'call',
  'praise',
  'blame',
  'attack',
  'question',
  'demand',
  'charge',
  'label',
  'echo',
  'estimate',
  'project',
  'forecast',
  'hope',
  'fear',
  'worry',
  'doubt',
  'plan',
  'show',
  'find',
  'concern',
  'answer',
  'comment',
  'note',
  'notes',
  'finding',
  'thinking',
  'feeling',
  'saying',
  'view',
  'trust',
  'respect',
  'judge',
  'wish',
  'favor',
  'favour',
  'reference',
  'detail',
  'highlight',
  'rail',
  'protest',
  'brand',
  'outline',
  'release',
  'offer',
  'voice',
  'dub',
  'talk',
  'link',
  'advocate',
  'understand',
  'wonder',
  'speak',
  'state',
  'rebut',
  'decline',
  'scream',
  'whisper',
  'yell',
  'response',
  'order',
  'suspect',
  'consider',
  'continue',
  'support',
  'rate',
  'target',
  'welcome',
  'hail',
  'champion',
  'defend',
  'discuss',
  'blast',
  'slam',
  'mock',
  'compare',
  'decide',
  'sing',
  'indicate',
  'add',
  'reject',
  'repeat',
  'mention',
  'seek',
  'refuse',
  'rule',
  'learn',
]);
const RECIPIENT = new Set([
  'tell',
  'ask',
  'inform',
  'assure',
  'reassure',
  'warn',
  'urge',
  'advise',
  'remind',
  'promise',
]);
const PARTICLES: Record<string, { particles: string[]; required?: boolean }> = {
  call: { particles: ['for', 'on'] },
  point: { particles: ['out', 'to'], required: true },
  continue: { particles: ['to', ':'], required: true },
  speak: { particles: ['of', 'about', 'out'], required: true },
  talk: { particles: ['about', 'of'] },
  weigh: { particles: ['in'], required: true },
  go: { particles: [], required: true },
  echo: { particles: [] },
  understand: { particles: [] },
  consider: { particles: [], required: true },
  refer: { particles: ['to'], required: true },
};

function build(): Map<string, CueEntry> {
  const map = new Map<string, CueEntry>();
  const add = (list: string, cls: CueClass): void => {
    for (const lemma of list.split(/\s+/)) {
      if (!lemma) continue;
      const entry: CueEntry = { lemma, cls };
      if (NOUN_LIKE.has(lemma)) entry.nounLike = true;
      if (RECIPIENT.has(lemma)) entry.recipient = true;
      if (HEDGED.has(lemma)) entry.certainty = 'hedged';
      if (DENIED.has(lemma)) entry.certainty = 'denied';
      if (NOT_BEFORE[lemma]) entry.notBefore = NOT_BEFORE[lemma];
      const p = PARTICLES[lemma];
      if (p) {
        entry.particles = p.particles;
        if (p.required) entry.particleRequired = true;
      }
      const forms = IRREGULAR[lemma] ? [lemma, ...IRREGULAR[lemma]!] : regular(lemma);
      for (const f of forms) if (!map.has(f)) map.set(f, entry);
    }
  };
  add(SPEECH, 'speech');
  add(BELIEF, 'belief');
  add(EVIDENCE, 'evidence');
  add(INTENT, 'intent');
  add(STANCE, 'stance');
  for (const v of SIDE_TAKING_VERBS) {
    const entry: CueEntry = { lemma: v.lemma, cls: 'stance', nounLike: true, notBefore: v.notBefore };
    if (v.particles) entry.particles = v.particles;
    for (const f of v.forms) if (!map.has(f)) map.set(f, entry);
  }
  return map;
}

/** Word form → cue entry. */
export const CUE_VERBS: ReadonlyMap<string, CueEntry> = build();

/** Auxiliaries and adverbs that join a following cue verb ("has said", "also told"). */
export const CUE_PREFIX = new Set([
  'has',
  'have',
  'had',
  'also',
  'previously',
  'later',
  'repeatedly',
  'once',
  'again',
  'did',
  'does',
  'do',
  'not',
  'never',
  'publicly',
  'privately',
  'often',
  'frequently',
  'recently',
  'reportedly',
  'would',
  'will',
  'could',
  'may',
  'might',
  'must',
  'should',
  'can',
  'already',
  'further',
  'then',
  'had',
  "n't",
  'is',
  'was',
  'were',
  'are',
  'been',
  'be',
  'first',
  'long',
  'openly',
  'flatly',
  'angrily',
  'quickly',
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "doesn't",
  "didn't",
  "don't",
  "can't",
  "couldn't",
  "won't",
  "wouldn't",
  "hasn't",
  "haven't",
  "hadn't",
  "shouldn't",
  'cannot',
]);

/** Auxiliaries that cannot be the whole cue prefix on their own without a verb. */
export const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'been', 'be']);

/**
 * Lower-case words that open a source named after its cue: "said spokesman Josh Lee", "said another",
 * "said her aide", "said officials familiar with ...".
 */
export const INVERTED_SOURCE_OPENERS = new Set([
  'another',
  'others',
  'his',
  'her',
  'their',
  'its',
  'our',
  'some',
  'many',
  'both',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'aides',
  'adviser',
  'advisor',
  'official',
  'officials',
  'source',
  'sources',
  'analyst',
  'analysts',
  'experts',
  'economist',
  'economists',
  'lawmakers',
  'people',
  'residents',
  'witnesses',
  'campaign',
  'senator',
  'sen.',
  'rep.',
  'gov.',
  'president',
  'secretary',
  'minister',
  'director',
  'chairman',
  'chairwoman',
  'lawyer',
  'attorney',
  'pollster',
  'strategist',
  'professor',
  'author',
  'manager',
  'executive',
  'historian',
]);

/** Participles that modify a document's noun with a date: "the poll released Monday". */
export const PUBLISHING_PARTICIPLES = new Set([
  'released',
  'published',
  'obtained',
  'conducted',
  'issued',
  'posted',
  'filed',
  'leaked',
  'reviewed',
  'provided',
  'sent',
  'made',
]);

/** Nouns for data and documents, which "show" and "find" things: "the data show", "polls showing". */
export const EVIDENCE_NOUNS = new Set([
  'data',
  'poll',
  'polls',
  'polling',
  'survey',
  'surveys',
  'study',
  'studies',
  'analysis',
  'figures',
  'numbers',
  'records',
  'documents',
  'emails',
  'e-mails',
  'video',
  'footage',
  'research',
  'statistics',
  'estimates',
  'results',
  'report',
  'reports',
  'filings',
  'records',
]);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'some',
  'any',
  'no',
  'such',
  'every',
  'each',
  'another',
  'other',
  'many',
  'several',
  'few',
  'both',
  'all',
  'most',
  'one',
  'two',
  'three',
  'four',
  'five',
]);

export const PREPOSITIONS = new Set([
  'of',
  'for',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'to',
  'about',
  'into',
  'over',
  'under',
  'after',
  'before',
  'during',
  'since',
  'against',
  'between',
  'through',
  'without',
  'within',
  'among',
  'upon',
  'via',
  'amid',
  'amidst',
  'despite',
  'toward',
  'towards',
  'across',
  'throughout',
  'regarding',
  'than',
  'like',
  'as',
]);

/** Words at which a backwards scan for a cue's subject stops. */
export const CLAUSE_BOUNDARY = new Set([
  'and',
  'but',
  'or',
  'because',
  'while',
  'when',
  'if',
  'although',
  'though',
  'where',
  'so',
  'since',
  'after',
  'before',
  'unless',
  'whereas',
  'whether',
  'yet',
  'nor',
  'once',
  'until',
  'than',
  'then',
  'however',
  'meanwhile',
  'also',
  'even',
  'what',
  'how',
  'why',
  'whom',
  'whose',
]);

export const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'earlier',
  'later',
  'recently',
  'last',
  'this',
  'next',
  'previously',
  'day',
  'days',
  'weeks',
  'months',
  'years',
  'ago',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sept.',
  'sep.',
  'oct.',
  'nov.',
  'dec.',
  "monday's",
  "tuesday's",
  "wednesday's",
  "thursday's",
  "friday's",
  "saturday's",
  "sunday's",
  'a.m.',
  'p.m.',
]);

/** Nouns of a setting: "in a statement", "at a rally", "in an interview with CNN". */
export const SETTING_NOUNS = new Set([
  'statement',
  'interview',
  'speech',
  'rally',
  'conference',
  'briefing',
  'tweet',
  'post',
  'email',
  'e-mail',
  'letter',
  'op-ed',
  'debate',
  'event',
  'appearance',
  'hearing',
  'call',
  'message',
  'release',
  'video',
  'memo',
  'report',
  'remarks',
  'town',
  'meeting',
  'testimony',
  'radio',
  'podcast',
  'broadcast',
  'show',
  'program',
  'programme',
  'televised',
  'television',
  'address',
  'filing',
  'forum',
  'session',
]);
