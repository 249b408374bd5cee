import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The name of a global a hostile payload would set if it ever ran in this process. */
export const MARKER = '__collateHostileRan';

/** Whether any payload set the marker global. */
export const markerSet = (): boolean => (globalThis as Record<string, unknown>)[MARKER] !== undefined;

/** A script body that sets the marker and calls the canary in every way a page can. */
export const payload = (url: string, tag: string): string =>
  `globalThis.${MARKER}='${tag}';try{top.${MARKER}='${tag}'}catch(e){};` +
  `try{var x=new XMLHttpRequest();x.open('GET','${url}/${tag}/xhr');x.send()}catch(e){};` +
  `try{fetch('${url}/${tag}/fetch')}catch(e){};try{new Image().src='${url}/${tag}/img'}catch(e){}`;

/** A local HTTP server that records every request: the side channel a payload that ran would use. */
export interface Canary {
  url: string;
  hits: string[];
  close(): Promise<void>;
}

export async function startCanary(): Promise<Canary> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end(req.url?.endsWith('.css') ? 'body{}' : 'ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Lets anything a payload scheduled (a fetch, a timer, a stylesheet load) reach the canary before it is read. */
export const settle = (ms = 400): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Markup and script fragments that must never reach a document's text. */
export const LEAKS = [
  '<script',
  '</',
  'javascript:',
  'onerror',
  'onload',
  'onclick',
  'url(',
  '@import',
  '@font-face',
  'srcdoc',
  'data:',
  'base64',
  MARKER,
  'XMLHttpRequest',
  'fetch(',
];

export function expectNoLeak(text: string, expectFn: (v: unknown) => { not: { toContain(s: string): void } }): void {
  for (const leak of LEAKS) expectFn(text.toLowerCase()).not.toContain(leak.toLowerCase());
}
