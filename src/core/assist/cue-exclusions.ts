import type { Token } from '../text/tokenize';

/**
 * Words after which a cue verb is used in a sense that reports nothing: "people accused of fraud"
 * (a participle modifying "people"), "the spot concludes with footage", "suspected of". Lemma →
 * the words that may not follow any of its forms.
 */
export const NOT_BEFORE: Readonly<Record<string, string[]>> = {
  accuse: ['of'],
  charge: ['with'],
  suspect: ['of'],
  conclude: ['with'],
};

/**
 * "the loopholes he cited are ...": a cue verb in a relative clause inside a noun phrase, right before
 * the main verb, attributes nothing of its own. `k` is the cue verb's index.
 */
export function relativeBeforeCopula(T: Token[], k: number): boolean {
  const subject = T[k - 1];
  const noun = T[k - 2];
  return (
    /^(is|are|was|were)$/.test(T[k + 1]?.lower ?? '') &&
    subject !== undefined &&
    /^(he|she|they|we|i)$/.test(subject.lower) &&
    noun !== undefined &&
    (noun.kind === 'word' || noun.kind === 'quote' || noun.kind === 'quote-close') &&
    !/^(and|but|or|that|which|who|because|if|when|as|so|what|how|why|where|than)$/.test(noun.lower) &&
    !/^\p{Lu}/u.test(subject.text)
  );
}

/** "Correction: ..." heads an editor's note, not a speaker's words. */
export const EDITORIAL_LABELS = new Set([
  'correction',
  'clarification',
  'source',
  'sources',
  'note',
  'update',
  'updated',
  'editor',
  "editor's",
  'related',
  'photo',
  'watch',
  'more',
  'video',
  'disclosure',
  'credit',
  'read',
  'contributing',
  'readers',
]);

/** A word in capitals ("DOCTORS", "DON’T"), as in a section heading. */
export const shouted = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && /^\p{Lu}[\p{Lu}'’.-]+$/u.test(t.text);
