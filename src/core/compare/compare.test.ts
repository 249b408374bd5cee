import { describe, expect, it } from 'vitest';
import { splitClauses, writersClause } from './clauses';
import { compareArticles } from './index';
import { pairDiscrepancies } from './discrepancies';
import { features } from './features';
import type { ClaimUnit } from './types';
import { attributionStrength, claimUnits } from './units';

const A = {
  id: 'a',
  published: '2024-03-07',
  text: 'The ministry said on Tuesday that 3,000 troops crossed the border near Kharkiv. About 50,000 people have fled the region, according to the UN refugee agency. The mayor opened a new school.',
};
const B = {
  id: 'b',
  published: '2024-03-07',
  text: 'Officials said 2,500 troops crossed the border near Kharkiv on Tuesday. Some 50,000 people have fled the region, the UN refugee agency said. Rain is expected over the weekend in the capital.',
};

describe('compareArticles', () => {
  const result = compareArticles([A, B], []);
  it('groups the same claims across articles, and nothing else', () => {
    expect(result.groups.map((g) => g.members.map((m) => m.text)).sort()).toEqual([
      ['3,000 troops crossed the border near Kharkiv', '2,500 troops crossed the border near Kharkiv on Tuesday'],
      ['About 50,000 people have fled the region', 'Some 50,000 people have fled the region'],
    ]);
    expect(result.groups.every((g) => g.members.every((m) => m.spanId === null))).toBe(true);
  });
  it('says what a group shares in the words the articles wrote, not in stems', () => {
    const crossed = result.groups.find((g) => g.members.some((m) => m.text.startsWith('3,000')))!;
    expect(crossed.reason).toMatch(/^shared: /);
    expect(crossed.reason).toContain('crossed');
    expect(crossed.reason).not.toMatch(/\bcross\b/);
  });
  it('flags the different troop count and source, and not the equal refugee figure', () => {
    const kinds = result.discrepancies.map((d) => [d.kind, d.a.text, d.b.text]);
    expect(kinds).toContainEqual(['value', '3,000 troops', '2,500 troops']);
    expect(kinds.filter(([k]) => k === 'source')).toHaveLength(1);
    expect(result.discrepancies.filter((d) => /50,000/.test(d.a.text))).toEqual([]);
    expect(result.discrepancies.some((d) => d.kind === 'date')).toBe(false);
  });
  it('reports the same two quotes once, even when tagged claims overlap', () => {
    const at = (t: string, s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });
    const whole = 'Officials said 2,500 troops crossed the border near Kharkiv on Tuesday';
    const tagged = compareArticles(
      [A, B],
      [
        { spanId: 's1', documentId: 'b', ...at(B.text, whole) },
        { spanId: 's2', documentId: 'b', ...at(B.text, '2,500 troops crossed the border near Kharkiv') },
      ],
    );
    const troops = tagged.discrepancies.filter((d) => [d.a.text, d.b.text].includes('2,500 troops'));
    expect(troops).toHaveLength(1);
    const keys = tagged.discrepancies.map((d) =>
      [d.a, d.b].map((s) => `${s.documentId}:${s.start}-${s.end}`).join('|'),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('does not flag the same count once approximated and once not', () => {
    const C = { id: 'c', text: 'Approximately 3,000 troops crossed the border near Kharkiv, the ministry said.' };
    const kinds = compareArticles([A, C], []).discrepancies.map((d) => d.kind);
    expect(kinds).not.toContain('precision');
    expect(kinds).not.toContain('value');
  });
  it('groups no reporting frame or bare attribution, however many names it shares', () => {
    const E = {
      id: 'e',
      text: 'The ministry spokesman, Petro Hlib, told reporters in Kharkiv on Tuesday that the border was calm.',
    };
    const F = {
      id: 'f',
      text: 'Petro Hlib, the ministry spokesman, told reporters in Kharkiv on Tuesday that shelling resumed overnight.',
    };
    const members = compareArticles([E, F], []).groups.flatMap((g) => g.members.map((m) => m.text));
    expect(members.filter((t) => /told reporters/.test(t))).toEqual([]);
  });
  it('uses tagged claims as they are', () => {
    const start = B.text.indexOf('Some 50,000');
    const tagged = compareArticles(
      [A, B],
      [{ spanId: 's1', documentId: 'b', start, end: start + 'Some 50,000 people have fled the region'.length }],
    );
    expect(
      tagged.groups.flatMap((g) => g.members).find((m) => m.documentId === 'b' && m.text.startsWith('Some'))?.spanId,
    ).toBe('s1');
  });
});

describe('splitClauses', () => {
  const pieces = (t: string) => splitClauses(t, { start: 0, end: t.length }).map((r) => t.slice(r.start, r.end).trim());
  it('splits relative and contrastive clauses, not reported speech', () => {
    expect(
      pieces(
        'Trump had claimed a loss of $916 million in 1995, which could have allowed him to avoid paying taxes for 18 years.',
      ),
    ).toEqual([
      'Trump had claimed a loss of $916 million in 1995,',
      'which could have allowed him to avoid paying taxes for 18 years.',
    ]);
    expect(pieces('The official said that the troops crossed the border near the town.')).toEqual([
      'The official said that the troops crossed the border near the town.',
    ]);
    expect(pieces('Two networks reported on Sunday that the agency had obtained a warrant.')).toEqual([
      'Two networks reported on Sunday that the agency had obtained a warrant.',
    ]);
  });
  it('splits at a subordinate clause, a new subject and a sentence inside a quote', () => {
    expect(
      pieces(
        'Both candidates face questions about their health, particularly after video surfaced showing her stumbling this past weekend and her campaign later disclosed that she has pneumonia.',
      ),
    ).toEqual([
      'Both candidates face questions about their health,',
      'particularly after video surfaced showing her stumbling this past weekend',
      'and her campaign later disclosed that she has pneumonia.',
    ]);
    expect(
      pieces('Voters say she was right to keep the diagnosis private until she nearly collapsed at the memorial.'),
    ).toEqual([
      'Voters say she was right to keep the diagnosis private',
      'until she nearly collapsed at the memorial.',
    ]);
    expect(
      pieces(
        '“As you know, she left an event earlier than scheduled. It was later revealed to be pneumonia,” he said.',
      ),
    ).toEqual([
      '“As you know, she left an event earlier than scheduled.',
      'It was later revealed to be pneumonia,” he said.',
    ]);
  });
  it('keeps a list of things, and an abbreviated title, in one clause', () => {
    expect(pieces('He met the minister and the president of the republic at the palace on Tuesday.')).toHaveLength(1);
    expect(pieces('The letter to Mrs. Clinton arrived at the campaign office on Tuesday.')).toHaveLength(1);
  });
});

describe('writersClause', () => {
  const text =
    'The mayor said the bridge will reopen in May, which the council doubts, until the river rose last spring and the works stopped. ' +
    'The mayor said the bridge will reopen soon, news that pleased drivers. ' +
    'The poll shows a close race as the mayor gains ground and the council loses seats.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const third = text.indexOf('The poll');
  it('gives the writer the temporal and appositive clauses of a reported claim', () => {
    expect(writersClause(text, 0, at('until the river rose last spring'))).toBe(true);
    expect(writersClause(text, 0, at('and the works stopped'), at('until the river rose last spring'))).toBe(true);
    expect(writersClause(text, 0, at('and the works stopped'), at('the bridge will reopen in May'))).toBe(false);
    expect(
      writersClause(text, text.indexOf('The mayor said the bridge will reopen soon'), at('that pleased drivers')),
    ).toBe(true);
    expect(
      writersClause(text, third, at('and the council loses seats'), at('a close race as the mayor gains ground')),
    ).toBe(true);
  });
  it('gives the writer a relative clause telling what happened, and the speaker one that reasons on', () => {
    expect(writersClause(text, 0, at('the bridge will reopen in May'))).toBe(false);
    expect(writersClause(text, 0, at('which the council doubts'))).toBe(true);
    const reasoning = 'The paper wrote that the firm lost $9 million in 2001, which could have let it skip taxes.';
    expect(writersClause(reasoning, 0, { start: reasoning.indexOf('which'), end: reasoning.length - 1 })).toBe(false);
  });
  it('leaves clauses inside a direct quote to the speaker', () => {
    const quoted = 'She said, “We waited until the river rose.”';
    expect(writersClause(quoted, 0, { start: quoted.indexOf('until'), end: quoted.length - 2 })).toBe(false);
  });
});

describe('claimUnits', () => {
  it('cites the report whose "that" clause a sentence gives', () => {
    const doc = {
      id: 'd',
      text: 'The new campaign ad features a Daily Ledger report from last month that the factory cut 400 jobs in 2019.',
    };
    const cut = claimUnits(doc, []).find((u) => u.text.includes('400 jobs'));
    expect(cut?.source?.text).toBe('a Daily Ledger report');
    expect(cut?.attribution).toBe('named');
  });
  it('reads "urged X not to do Y" as the writer stating the urging, not a reporting frame', () => {
    const doc = {
      id: 'd',
      text: 'The finance minister had urged the governor not to raise interest rates, saying it would hurt exporters.',
    };
    const units = claimUnits(doc, []);
    const urging = units.find((u) => u.text.startsWith('The finance minister had urged'));
    expect(urging?.frame).toBeUndefined();
  });
});

describe('reporting frames', () => {
  const C = {
    id: 'c',
    published: '2024-03-07',
    text: 'The defence minister told parliament on Tuesday that 3,000 troops crossed the border near Kharkiv.',
  };
  const unit = (text: string, frame: boolean, source?: string): ClaimUnit => ({
    documentId: frame ? 'c' : 'd',
    spanId: null,
    start: 0,
    end: text.length,
    text,
    ...(source ? { source: { start: 0, end: source.length, text: source } } : {}),
    attribution: attributionStrength(source),
    ...(frame ? { frame } : {}),
    context: { start: 0, end: text.length },
  });
  it('are the words around an attributed claim', () => {
    expect(claimUnits(C, []).map((u) => [u.text, Boolean(u.frame)])).toEqual([
      ['The defence minister told parliament on Tuesday that', true],
      ['3,000 troops crossed the border near Kharkiv', false],
    ]);
  });
  it('carry no difference in who says it or how firmly', () => {
    const kinds = (frame: boolean): string[] =>
      pairDiscrepancies(
        'g',
        features(unit('The defence minister told parliament on Tuesday that', frame)),
        0,
        features(unit('the defence minister may have told parliament', false, 'officials')),
        1,
      ).map((d) => d.kind);
    expect(kinds(false)).toEqual(['attribution', 'hedging']);
    expect(kinds(true)).toEqual([]);
  });
});

describe('different sources', () => {
  const cited = (documentId: string, text: string, source: string): ClaimUnit => ({
    documentId,
    spanId: null,
    start: 0,
    end: text.length,
    text,
    source: { start: 0, end: source.length, text: source },
    attribution: attributionStrength(source),
    context: { start: 0, end: text.length },
  });
  const sources = (x: string, sx: string, y: string, sy: string, similarity: number): string[] =>
    pairDiscrepancies('g', features(cited('x', x, sx)), 0, features(cited('y', y, sy)), 1, similarity)
      .filter((d) => d.kind === 'source')
      .map((d) => d.detail);
  it('are reported for loosely similar claims only when they give a figure of the same unit', () => {
    const x = 'the plant may have avoided fines for nearly two decades';
    const y = 'which let the owners skip paying for the next 18 years';
    expect(sources(x, 'the governor', y, 'the Daily Ledger', 0.2)).toHaveLength(1);
    expect(
      sources('the plant avoided fines', 'the governor', 'the owners skipped paying', 'the Daily Ledger', 0.2),
    ).toEqual([]);
  });
});
