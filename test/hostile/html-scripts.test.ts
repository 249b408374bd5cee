import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/service/document-import/index';
import { makeEpub } from '../fixtures/import/make-epub';
import { expectNoLeak, MARKER, markerSet, payload, settle, startCanary, utf8, type Canary } from './canary';

const WORDS = [
  'The city council approved the harbour budget on Monday, officials said.',
  'Critics said the plan ignored flooding risks, according to residents who spoke at the meeting.',
  'The vote passed seven to two after a long debate that ran past midnight.',
  'Read the full report here',
];

/** Every way an HTML page can try to run code or reach the network, around an ordinary article. */
function hostilePage(url: string): string {
  const js = (tag: string): string => payload(url, tag);
  return `<!doctype html><html><head>
<meta http-equiv="refresh" content="0;url=${url}/refresh">
<base href="${url}/base/">
<title>Council approves harbour budget</title>
<script>${js('inline-script')}</script>
<script src="${url}/external.js"></script>
<script type="module">${js('module-script')}</script>
<link rel="preload" href="${url}/preload.js" as="script"><link rel="prefetch" href="${url}/prefetch"><link rel="icon" href="${url}/favicon.ico">
</head>
<body onload="${js('body-onload')}" onpageshow="${js('pageshow')}">
<article>
<h1>Council approves harbour budget</h1>
<p>${WORDS[0]}</p>
<img src="missing.png" onerror="${js('img-onerror')}"><img src="${url}/tracker.gif" alt="ALTTEXT">
<svg onload="${js('svg-onload')}"><script>${js('svg-script')}</script><animate onbegin="${js('svg-animate')}" attributeName="x" dur="1s"/></svg>
<iframe srcdoc="<script>${js('srcdoc')}</script><p>IFRAMETEXT</p>"></iframe><iframe src="${url}/frame.html"></iframe><iframe src="javascript:${js('iframe-js')}"></iframe>
<object data="${url}/object.swf"></object><embed src="${url}/embed.swf">
<p>${WORDS[1]}</p>
<p><a href="javascript:${js('link')}" onclick="${js('onclick')}" onmouseover="${js('mouseover')}">${WORDS[3]}</a></p>
<video poster="${url}/poster.jpg" src="${url}/video.mp4" autoplay onplay="${js('video')}"></video><audio src="${url}/audio.mp3" autoplay></audio>
<form action="${url}/form"><input autofocus onfocus="${js('autofocus')}" value="INPUTVALUE"><button formaction="javascript:${js('button')}">BUTTONTEXT</button></form>
<details open ontoggle="${js('ontoggle')}"><summary>More</summary></details>
<math><mtext><table><mglyph><style><img src=x onerror="${js('mxss')}"></style></mglyph></table></mtext></math>
<noscript><img src=x onerror="${js('noscript')}"></noscript>
<template><script>${js('template')}</script></template>
<div style="display:none" onmouseenter="${js('div')}"></div>
<p>${WORDS[2]}</p>
</article></body></html>`;
}

let canary: Canary;
beforeAll(async () => {
  canary = await startCanary();
});
afterAll(() => canary.close());

describe('hostile HTML: scripts, handlers, javascript: links, SVG, frames', () => {
  it('keeps the article words and nothing of the code, runs nothing and requests nothing', async () => {
    const started = Date.now();
    const result = await importFile('hostile.html', utf8(hostilePage(canary.url)));
    const elapsed = Date.now() - started;
    await settle();
    if (!result.ok) throw new Error(result.error.message);
    const text = result.value.text;
    for (const words of WORDS) expect(text).toContain(words);
    expectNoLeak(text, expect);
    for (const hidden of ['IFRAMETEXT', 'ALTTEXT', 'INPUTVALUE', canary.url]) expect(text).not.toContain(hidden);
    expect(canary.hits).toEqual([]);
    expect(markerSet()).toBe(false);
    expect(elapsed).toBeLessThan(10_000);
  }, 20_000);

  it('does the same for an EPUB whose chapter is that page', async () => {
    const epub = makeEpub([{ href: 'c1.xhtml', xhtml: hostilePage(canary.url) }], ['c1.xhtml'], {
      title: 'Book',
      creator: 'A',
      publisher: 'P',
      date: '2024',
    });
    const result = await importFile('hostile.epub', epub);
    await settle();
    if (!result.ok) throw new Error(result.error.message);
    for (const words of WORDS) expect(result.value.text).toContain(words);
    expectNoLeak(result.value.text, expect);
    expect(canary.hits).toEqual([]);
    expect(markerSet()).toBe(false);
  }, 20_000);

  it('(control) the same page in a DOM that runs scripts does reach the canary, so the side channel works', async () => {
    const control = await startCanary();
    try {
      const dom = new JSDOM(hostilePage(control.url), {
        runScripts: 'dangerously',
        resources: 'usable',
        virtualConsole: new VirtualConsole(),
      });
      for (let i = 0; i < 40 && control.hits.length === 0; i++) await settle(100);
      expect(control.hits.length).toBeGreaterThan(0);
      expect((dom.window as unknown as Record<string, unknown>)[MARKER]).toBeDefined();
      dom.window.close();
      // It ran in jsdom's window, not in this process's global.
      expect(markerSet()).toBe(false);
    } finally {
      await control.close();
    }
  }, 20_000);
});
