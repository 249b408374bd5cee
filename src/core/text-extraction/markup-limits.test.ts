import { describe, expect, it } from 'vitest';
import { checkMarkup, markupShape } from './markup-limits';

describe('markupShape', () => {
  it('counts nesting as an HTML parser builds it', () => {
    expect(
      markupShape('<html><body><div><p>a<p>b<ul><li>c<li>d</ul></div><br><img src=x></body></html>', 'html').depth,
    ).toBe(2);
    expect(markupShape('<svg><path/><path/><g><path/></g></svg>', 'html').depth).toBe(2);
    expect(markupShape('<div/><div/><div/>', 'html').depth).toBe(3);
    expect(markupShape('<div/><div/><div/>', 'xml').depth).toBe(0);
    expect(markupShape('<script>if (a<b) { "<div>" }</script><div title="a>b">x</div>', 'html').depth).toBe(1);
    expect(markupShape('<!-- <div><div> --><div></div>', 'html').depth).toBe(1);
  });

  it('is not fooled by stray end tags or quotes outside attribute values', () => {
    expect(markupShape('<div></span><div></b><div></i>'.repeat(10), 'html').depth).toBe(30);
    expect(markupShape(`<div a'>${'<div>'.repeat(50)}'>`, 'html').depth).toBe(51);
  });

  it('refuses deep or heavy markup with the reason', () => {
    const deep = checkMarkup('<b>'.repeat(2000), 'html', 'The page');
    expect(deep).toMatchObject({ ok: false, error: { code: 'too-deep' } });
    if (!deep.ok) expect(deep.error.message).toContain('2,000 levels');
    expect(checkMarkup(`${'<div>'.repeat(900)}${'<i>a</i>'.repeat(10_000)}`, 'html', 'The page')).toMatchObject({
      ok: false,
      error: { code: 'too-much-markup' },
    });
    expect(checkMarkup(`<div>${'<p>x</p>'.repeat(50_000)}</div>`, 'html', 'The page').ok).toBe(true);
  });
});
