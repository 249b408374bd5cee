/**
 * The simple baseline the assist engine must beat: cue = a fixed list of verbs; source = the nearest
 * capitalised word run or pronoun before the cue in its sentence; claim = the rest of the sentence.
 */
import { splitSentences, tokenize } from '../src/core/text/tokenize';
import type { PredSpan } from './score';

const CUES = new Set([
  'said',
  'says',
  'say',
  'told',
  'according',
  'reported',
  'added',
  'noted',
  'claimed',
  'announced',
  'warned',
  'confirmed',
  'believes',
  'believe',
  'estimated',
  'estimates',
  'stated',
  'wrote',
  'argued',
  'explained',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'who']);

export function baseline(text: string): PredSpan[] {
  const tokens = tokenize(text);
  const out: PredSpan[] = [];
  for (const s of splitSentences(tokens)) {
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k]!;
      if (!CUES.has(t.lower)) continue;
      let cueEnd = t.end;
      if (t.lower === 'according') {
        if (tokens[k + 1]?.lower !== 'to') continue;
        cueEnd = tokens[k + 1]!.end;
      }
      out.push({ label: 'Cue', start: t.start, end: cueEnd });
      for (let j = k - 1; j >= s.first; j--) {
        const w = tokens[j]!;
        if (PRONOUNS.has(w.lower)) {
          out.push({ label: 'Source', start: w.start, end: w.end });
          break;
        }
        if (w.kind === 'word' && /^\p{Lu}/u.test(w.text)) {
          let i = j;
          while (i - 1 >= s.first && tokens[i - 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[i - 1]!.text)) i--;
          out.push({ label: 'Source', start: tokens[i]!.start, end: w.end });
          break;
        }
      }
      const after = tokens
        .slice(t.lower === 'according' ? k + 2 : k + 1, s.last)
        .filter((x) => x.kind !== 'punct' || x.text === '$');
      if (after.length > 0) out.push({ label: 'Claim', start: after[0]!.start, end: after[after.length - 1]!.end });
    }
  }
  return out;
}
