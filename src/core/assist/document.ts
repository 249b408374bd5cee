/** A text read into tokens and sentences, with which tokens lie inside quotation marks. */
import { isWord, type Range } from './token-predicates';
import { splitSentences, tokenize, type Sentence, type Token } from '../text/tokenize';

export class TokenDocument {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  /** Whether each token lies inside quotation marks (within its paragraph). */
  readonly quoted: boolean[];
  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    this.sentences = splitSentences(this.tokens);
    this.quoted = new Array<boolean>(this.tokens.length).fill(false);
    let depth = 0;
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if (t.kind === 'newline') depth = 0;
      else if (t.kind === 'quote-open' && t.text === '“') depth++;
      else if (t.kind === 'quote-close' && t.text === '”') depth = Math.max(0, depth - 1);
      else if (t.kind === 'quote') depth = this.closingQuote(k) ? 0 : 1;
      else this.quoted[k] = depth > 0;
    }
  }

  closingQuote(k: number): boolean {
    const t = this.tokens[k];
    if (!t) return false;
    if (t.kind === 'quote-close') return true;
    if (t.kind !== 'quote') return false;
    const prev = this.tokens[k - 1];
    const next = this.tokens[k + 1];
    return (
      prev !== undefined &&
      prev.end === t.start &&
      prev.kind !== 'newline' &&
      !(next && next.start === t.end && next.kind === 'word')
    );
  }

  protected paragraphAfter(s: Sentence): Range | undefined {
    const idx = this.sentences.indexOf(s);
    const next = this.sentences[idx + 1];
    if (!next || !next.paragraphStart) return undefined;
    let last = next;
    for (let i = idx + 2; i < this.sentences.length && !this.sentences[i]!.paragraphStart; i++)
      last = this.sentences[i]!;
    return { first: next.first, last: last.last };
  }

  /** Drops leading/trailing punctuation (but keeps quotes, which belong to the quoted claim). */
  trim(r: Range): Range | undefined {
    const T = this.tokens;
    let { first, last } = r;
    while (
      first < last &&
      (T[first]!.kind === 'punct' || T[first]!.kind === 'newline' || T[first]!.lower === 'that') &&
      T[first]!.text !== '(' &&
      T[first]!.text !== '$'
    )
      first++;
    const dangling = (t: Token): boolean =>
      ((t.kind === 'punct' || t.kind === 'newline') && t.text !== ')') || t.text === 'and' || t.text === 'but';
    while (last > first && dangling(T[last - 1]!)) last--;
    // "rates would spur growth)": a bracket closing one opened before the range.
    if (T[last - 1]!.text === ')' && !T.slice(first, last).some((t) => t.text === '(')) last--;
    if (!T.slice(first, last).some(isWord)) return undefined;
    return { first, last };
  }

  offsets(r: Range): { start: number; end: number } {
    return { start: this.tokens[r.first]!.start, end: this.tokens[r.last - 1]!.end };
  }
}
