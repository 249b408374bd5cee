/**
 * Word lists for cues that are not a reporting verb alone: reporting nouns ("Trump's claims that",
 * "a statement from the ministry"), light verbs that make a noun a cue ("made comments about"),
 * stance adjectives ("were worried about") and verbs that govern a cue's infinitive ("went on to say").
 * Lower-case, ASCII apostrophes.
 */
import type { CueClass } from './lexicon';

const words = (list: string): string[] => list.trim().split(/\s+/);

function plural(noun: string): string {
  if (/(s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

const NOUNS: Record<CueClass, string> = {
  speech: `statement comment remark claim allegation accusation charge assertion suggestion announcement
    warning promise pledge vow threat denial admission confession criticism critique complaint praise attack insult
    jab swipe rebuke condemnation explanation answer reply retort testimony account description prediction
    forecast projection assessment request demand call plea proposal invitation question message
    endorsement objection insistence recommendation advice rhetoric remarks comments musings boast rant tirade
    lament admonition assurance reassurance acknowledgment acknowledgement confirmation disclosure revelation
    announcement declaration proclamation pronouncement mention reference characterization portrayal`,
  belief: `belief view opinion expectation doubt suspicion concern fear worry hope assumption impression conviction
    skepticism scepticism confidence perception understanding thinking`,
  evidence: `finding conclusion analysis estimate`,
  intent: `decision refusal plan intention intent bid desire wish push`,
  stance: `support opposition defense defence backing approval disapproval contempt disdain distrust trust
    enthusiasm embrace rejection dismissal`,
};

/**
 * Reporting noun (singular or plural) → its class. After a possessive or a light verb only speech and
 * belief nouns are cues: "Comey's decision to", "his appeal to voters" name no one's words.
 */
export const REPORTING_NOUNS: ReadonlyMap<string, CueClass> = (() => {
  const map = new Map<string, CueClass>();
  for (const [cls, list] of Object.entries(NOUNS) as Array<[CueClass, string]>)
    for (const n of words(list)) {
      if (!map.has(n)) map.set(n, cls);
      if (!n.endsWith('s') && !map.has(plural(n))) map.set(plural(n), cls);
    }
  return map;
})();

/**
 * Nouns that stand for the thing said only after a light verb: "took aim at", "took issue with",
 * "cast doubt on", "made a case", "made no mention of", "sounded the alarm" ("took aim at" is read apart).
 */
export const LIGHT_VERB_ONLY_NOUNS = new Set(words('doubt case mention alarm'));

/** Light verbs: with a reporting noun as object they are the cue ("issued a statement", "raised questions about"). */
const LIGHT_VERB_FORMS: Record<string, string> = {
  make: 'make makes made making',
  issue: 'issue issues issued issuing',
  release: 'release releases released',
  give: 'give gives gave given',
  deliver: 'deliver delivers delivered',
  express: 'express expresses expressed expressing',
  voice: 'voice voices voiced voicing',
  offer: 'offer offers offered offering',
  raise: 'raise raises raised raising',
  lodge: 'lodge lodges lodged',
  level: 'level levels leveled levelled',
  file: 'file files filed',
  post: 'post posts posted',
  take: 'take takes took taken taking',
  launch: 'launch launches launched',
  mount: 'mount mounts mounted',
  pose: 'pose poses posed',
  cast: 'cast casts',
  sound: 'sound sounds sounded',
  register: 'register registers registered',
  air: 'air airs aired',
  share: 'share shares shared',
  renew: 'renew renews renewed',
  put: 'put puts',
  continue: 'continue continues continued',
  step: 'step steps stepped',
};
export const LIGHT_VERBS: ReadonlySet<string> = new Set(Object.values(LIGHT_VERB_FORMS).flatMap(words));

/** Adjectives of stance or feeling: after "is", "were", "grew" they make a cue ("were worried about"). */
export const STANCE_ADJECTIVES: ReadonlyMap<string, CueClass> = (() => {
  const map = new Map<string, CueClass>();
  const add = (list: string, cls: CueClass): void => words(list).forEach((w) => map.set(w, cls));
  add(
    `concerned worried confident skeptical sceptical nervous anxious unsure sure certain convinced optimistic
    pessimistic hopeful aware afraid fearful wary suspicious doubtful adamant insistent`,
    'belief',
  );
  add(
    `critical supportive dismissive furious angry outraged upset frustrated disappointed pleased happy glad proud
    embarrassed ashamed alarmed disturbed troubled surprised shocked satisfied enthusiastic excited opposed
    grateful thankful appreciative sympathetic hostile`,
    'stance',
  );
  add(`eager reluctant unwilling willing determined keen intent committed`, 'intent');
  return map;
})();

/** Linking verbs before a stance adjective. */
export const LINKING_VERBS = new Set(
  words(`is are was were be been being am 's 're remain remains remained seem seems seemed appear appears appeared
    grew grow grows become becomes became feel feels felt get gets got`),
);

/** What may follow a stance adjective or a reporting noun as its complement. */
export const COMPLEMENT_WORDS = new Set(
  words('that about of on over with at to against for regarding toward towards by whether'),
);

/**
 * Verbs governing a cue's infinitive, whose subject is the cue's source: "went on to say",
 * "appeared to acknowledge", "tried to argue", "was quick to note". Cue verbs that govern one
 * themselves ("refused to say") are cues already.
 */
export const CATENATIVES = new Set(
  words(`go goes went gone going appear appears appeared appearing seem seems seemed try tries tried trying
    attempt attempts attempted attempting begin begins began begun beginning start starts started starting
    manage manages managed struggle struggles struggled struggling hasten hastened rush rushed move moved moving
    need needs needed fail fails failed tend tends tended happen happened dare dared used came come comes
    quick eager ready willing able prepared careful stepped wanting`),
);

/**
 * People named by the side they take: after a linking verb they make a cue whose source is the
 * subject ("is a staunch opponent of", "has been a critic of", "remains a supporter of").
 */
export const AGENT_NOUNS = new Set(
  words(`opponent opponents supporter supporters critic critics advocate advocates proponent proponents champion
    champions defender defenders backer backers foe foes detractor detractors skeptic skeptics sceptic sceptics
    admirer admirers fan fans ally allies enemy enemies`),
);

/** Documents that carry claims: "a Herald report that ...", "a 2014 study that ..." (singular or plural). */
export const DOCUMENT_NOUNS = new Set(
  words(`report reports study studies analysis analyses poll polls survey surveys article articles story stories memo
    memos investigation investigations audit audits review reviews paper papers letter letters filing filings`),
);
