/**
 * A small vocabulary of words news outlets use for one another ("obtained" / "got", "purchased" /
 * "bought"), so two wordings of one fact share a word. Only words with one news sense are
 * listed: a word with a common second sense ("fire", "charge", "talks", "address") would join unrelated claims.
 * Directions stay apart ("rise" never meets "fall"), so a figure that went the other way still differs.
 * Nor are an event's own topic words listed ("investigation" / "probe" / "inquiry", "emails" /
 * "messages"): nearly every unit of a story about it says one of them, so meeting them joins claims
 * that share only the topic (measured on the dev set: more wrong groups and discrepancies, none found).
 */
const GROUPS = `
  get obtain acquire; buy purchase; start begin commence; reveal disclose; ask request; help assist;
  try attempt; need require; allow permit permission authorize authorization; resign quit;
  arrest detain; agreement accord pact;
  increase rise climb; drop fall plunge; die died death dead dying; kill slay slain;
  injure injury wound; doctor physician; illness disease sickness; lawyer attorney counsel;
  lawmaker legislator; car vehicle automobile; company corporation; home residence; kid child;
  poll survey; vote ballot`;

/** Each listed word's stem → the stem of the first word of its group, for a stemmer `stem`. */
export function synonymStems(stem: (word: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of GROUPS.split(';')) {
    const [first, ...rest] = group.trim().split(/\s+/);
    const canonical = stem(first!);
    for (const word of rest) out.set(stem(word), canonical);
  }
  return out;
}
