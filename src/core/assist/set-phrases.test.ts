import { describe, expect, it } from 'vitest';
import { findAsPutIt, findPollSetting } from './set-phrases';
import { splitSentences, tokenize } from '../text/tokenize';

function phrases(text: string, find: typeof findAsPutIt): Array<[string, string]> {
  const tokens = tokenize(text);
  const s = splitSentences(tokens)[0]!;
  const words = (r: { first: number; last: number }) => text.slice(tokens[r.first]!.start, tokens[r.last - 1]!.end);
  return find(tokens, s).map((p) => [words(p.cue), words(p.source)]);
}

describe('set phrases', () => {
  it('takes the words between "as" and "put it" as the source', () => {
    expect(phrases('The ferry is late again, as one commuter put it.', findAsPutIt)).toEqual([
      ['put it', 'one commuter'],
    ]);
    expect(phrases('They put it on the table.', findAsPutIt)).toEqual([]);
  });

  it('takes a poll after "in" as the source, with a participle after its comma', () => {
    expect(phrases('In the latest Riverside poll, the mayor leads by four points.', findPollSetting)).toEqual([
      ['In', 'the latest Riverside poll'],
    ]);
    expect(phrases('In a county survey, conducted in June, most residents backed the plan.', findPollSetting)).toEqual([
      ['In', 'a county survey, conducted in June'],
    ]);
    expect(phrases('In the morning, the mayor spoke.', findPollSetting)).toEqual([]);
  });
});
