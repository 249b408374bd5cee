import { describe, expect, it } from 'vitest';
import { closePane, openPane, parseStoredPanes, markPaneUsed, type Panes } from './open-panes';

const empty: Panes = { openIds: [], recency: [] };

describe('open panes', () => {
  it('opens up to four side by side and refocuses an open one', () => {
    let p = ['a', 'b', 'c', 'd'].reduce((acc, id) => openPane(acc, id), empty);
    expect(p.openIds).toEqual(['a', 'b', 'c', 'd']);
    p = openPane(p, 'b');
    expect(p.openIds).toEqual(['a', 'b', 'c', 'd']);
    expect(p.recency).toEqual(['a', 'c', 'd', 'b']);
  });

  it('replaces the least recently used with a fifth, in its place', () => {
    let p = ['a', 'b', 'c', 'd'].reduce((acc, id) => openPane(acc, id), empty);
    p = markPaneUsed(p, 'a');
    p = openPane(p, 'e');
    expect(p.openIds).toEqual(['a', 'e', 'c', 'd']);
    expect(p.recency).toEqual(['c', 'd', 'a', 'e']);
  });

  it('closes', () => {
    const p = closePane(openPane(openPane(empty, 'a'), 'b'), 'a');
    expect(p).toEqual({ openIds: ['b'], recency: ['b'] });
  });

  it('parses stored panes defensively', () => {
    expect(parseStoredPanes(null)).toEqual(empty);
    expect(parseStoredPanes('{bad')).toEqual(empty);
    expect(parseStoredPanes(JSON.stringify({ openIds: ['a', 'a', 3, 'b'], recency: ['b', 'x'] }))).toEqual({
      openIds: ['a', 'b'],
      recency: ['a', 'b'],
    });
  });
});
