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
