import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/service/document-import/index';
import { expectNoLeak, utf8 } from './canary';

const MB = 1024 * 1024;

describe('hostile HTML: a 30 MB base64 image', () => {
  it('imports the article within the time limit, with bounded memory, and without the image', async () => {
    // Random bytes: base64 that compresses and repeats nothing, 30 MB of it.
    const image = randomBytes(Math.ceil((30 * MB * 3) / 4)).toString('base64');
    const sample = image.slice(1000, 1040);
    const html =
      '<!doctype html><html><head><title>Storm damage</title></head><body><article><h1>Storm damage</h1>' +
      '<p>The storm felled hundreds of trees across the region overnight, the fire service said.</p>' +
      `<figure><img alt="" src="data:image/png;base64,${image}"><figcaption>Fallen trees on the ring road.</figcaption></figure>` +
      `<div style="background:url(data:image/png;base64,${image.slice(0, MB)})"></div>` +
      '<p>Power was restored to most homes by noon, according to the network operator.</p></article></body></html>';
    const bytes = utf8(html);
    expect(bytes.length).toBeGreaterThan(30 * MB);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = Date.now();
    const result = await importFile('storm.html', bytes);
    const elapsed = Date.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.text).toContain(
      'The storm felled hundreds of trees across the region overnight, the fire service said.',
    );
    expect(result.value.text).toContain('Power was restored to most homes by noon, according to the network operator.');
    expect(result.value.text).not.toContain(sample);
    expectNoLeak(result.value.text, expect);
    expect(result.value.text.length).toBeLessThan(10_000);
    expect(elapsed).toBeLessThan(20_000);
    expect(peak - before).toBeLessThan(1024 * MB);
  }, 30_000);
});
