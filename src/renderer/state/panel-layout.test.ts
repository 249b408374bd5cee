import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_LAYOUT, parsePanelLayout } from './panel-layout';

describe('parsePanelLayout', () => {
  it('reads back what was stored', () => {
    const layout = { sideWidth: 420, inspectorHeight: 300, collapsed: ['suggestions'], paneSizes: { d1: 1.5 } };
    expect(parsePanelLayout(JSON.stringify(layout))).toEqual(layout);
  });

  it('gives defaults for nothing stored, broken JSON and values of the wrong type', () => {
    expect(parsePanelLayout(null)).toEqual(DEFAULT_PANEL_LAYOUT);
    expect(parsePanelLayout('{nope')).toEqual(DEFAULT_PANEL_LAYOUT);
    expect(parsePanelLayout('[1,2]')).toEqual(DEFAULT_PANEL_LAYOUT);
    expect(
      parsePanelLayout(JSON.stringify({ sideWidth: 'wide', inspectorHeight: null, collapsed: 'all', paneSizes: [3] })),
    ).toEqual(DEFAULT_PANEL_LAYOUT);
  });

  it('keeps sizes in range and only panels it knows', () => {
    const parsed = parsePanelLayout(
      JSON.stringify({
        sideWidth: 5000,
        inspectorHeight: 3,
        collapsed: ['annotations', 'bogus'],
        paneSizes: { a: 99, b: 'x' },
      }),
    );
    expect(parsed).toEqual({ sideWidth: 640, inspectorHeight: 120, collapsed: ['annotations'], paneSizes: { a: 5 } });
  });
});
