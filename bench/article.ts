/** A deterministic pseudo-English article of a given length, with some emoji and CJK, for the benchmark. */

const WORDS = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'harbour tide ferry clerk gauge council report said according official source claim notice morning evening ' +
  'river bridge market price weather storm season record minister spokesperson witness archive letter reader ' +
  'confirmed denied suggested estimated announced reported argued noted warned expected measured recorded ' +
  'early late north south east west quickly slowly rarely often nearly almost roughly exactly twice again'
).split(' ');
const EMOJI = ['😀', '🌊', '⛴️', '📈', '👩‍👩‍👧', '🐟'];
const CJK = ['港口', '潮汐', '报告', '市场', '天气', '渡轮'];

/** A small linear congruential generator: the same article every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface GeneratedArticle {
  title: string;
  text: string;
  /** A phrase of plain words in the first paragraph, for the highlight. */
  firstPhrase: string;
  /** The last paragraph, which the pane must show once the document is open. */
  lastParagraph: string;
}

export function generateArticle(words: number, seed = 20240611): GeneratedArticle {
  const random = generator(seed + words);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const title = `Benchmark article of ${words.toLocaleString('en-US')} words`;
  const firstPhrase = 'the harbour clerk recorded the morning tide';
  const lastParagraph = `End of the ${words}-word benchmark article.`;
  const paragraphs: string[] = [title, `${firstPhrase} before the ferry left.`];
  let count = paragraphs.join(' ').split(/\s+/).length + lastParagraph.split(' ').length;
  while (count < words) {
    const sentences: string[] = [];
    const paragraphWords = Math.min(words - count, 40 + Math.floor(random() * 60));
    let inParagraph = 0;
    while (inParagraph < paragraphWords) {
      const length = Math.min(paragraphWords - inParagraph, 6 + Math.floor(random() * 14));
      const sentence: string[] = [];
      for (let i = 0; i < length; i++) {
        const roll = random();
        sentence.push(roll < 0.01 ? pick(EMOJI) : roll < 0.02 ? pick(CJK) : pick(WORDS));
      }
      const text = sentence.join(' ');
      sentences.push(text.charAt(0).toUpperCase() + text.slice(1) + '.');
      inParagraph += length;
    }
    paragraphs.push(sentences.join(' '));
    count += inParagraph;
  }
  paragraphs.push(lastParagraph);
  return { title, text: paragraphs.join('\n\n') + '\n', firstPhrase, lastParagraph };
}
