import type { JSDOM } from 'jsdom';

type JsdomModule = typeof import('jsdom');
let jsdomLoaded: Promise<JsdomModule> | undefined;

/** jsdom is large: it is loaded on the first import of a page or book, not when the service starts. */
export async function loadJsdom(): Promise<JsdomModule> {
  jsdomLoaded ??= import('jsdom');
  return jsdomLoaded;
}

/**
 * A DOM for untrusted markup: scripts never run (jsdom runs none unless `runScripts` is set, and
 * it is not), no subresource (stylesheet, frame, image) is fetched, and parse complaints are not
 * printed.
 */
export async function inertDom(html: string): Promise<JSDOM> {
  const { JSDOM, VirtualConsole } = await loadJsdom();
  return new JSDOM(html, { contentType: 'text/html', virtualConsole: new VirtualConsole() });
}
