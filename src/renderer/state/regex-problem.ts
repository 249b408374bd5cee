/** What is wrong with a regular expression, in words, from the JavaScript engine's terse message. */
const EXPLANATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/Unterminated group/i, 'an opening bracket “(” is never closed'],
  [/Unmatched '\)'/i, 'a closing bracket “)” has no opening one'],
  [/Unterminated character class/i, 'a “[” starts a set of characters that is never closed with “]”'],
  [
    /Nothing to repeat/i,
    '“*”, “+”, “?” or “{…}” follows nothing it could repeat (write “\\*” for the character itself)',
  ],
  [/Lone quantifier brackets/i, 'a “{” or “}” stands alone (write “\\{” for the character itself)'],
  [/Incomplete quantifier/i, 'a “{” repeat count is not finished, as in “{2,3}”'],
  [/numbers out of order/i, 'in a repeat count “{m,n}” the first number is larger than the second'],
  [/Range out of order/i, 'a range in “[…]” runs backwards, as “z-a”'],
  [/\\ at end of pattern/i, 'the search ends with a lone “\\” (write “\\\\” for the character itself)'],
  [/Invalid (escape|Unicode escape|class escape)/i, 'a “\\” is followed by a character it cannot escape'],
  [
    /Invalid (capture group name|named reference|named capture referenced)/i,
    'a named group “(?<name>…)” is misnamed or missing',
  ],
  [/Invalid group/i, 'a “(?” starts a group of a kind that does not exist'],
  [/Invalid property name/i, 'a “\\p{…}” names no Unicode property'],
];

export function explainRegexError(message: string): string {
  const known = EXPLANATIONS.find(([pattern]) => pattern.test(message));
  return known ? known[1] : 'the pattern is not a valid regular expression';
}
