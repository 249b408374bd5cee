/**
 * Imports one file in a process of its own, so that a stack overflow or a hang in an importer can
 * never take down the test runner: `node --import tsx import-in-child.ts <file> <name>`. Prints one
 * JSON line: the outcome, how long the import took and how much the process grew.
 */
import { readFileSync } from 'node:fs';
import { importFile } from '../../src/service/document-import/index';

const [path, name] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(path!));
const rss = process.memoryUsage().rss;
const started = Date.now();
const result = await importFile(name!, bytes);
const outcome = result.ok
  ? { ok: true, text: result.value.text.slice(0, 2000) }
  : { ok: false, code: result.error.code, message: result.error.message };
process.stdout.write(
  `${JSON.stringify({ ...outcome, ms: Date.now() - started, rssGrowth: process.memoryUsage().rss - rss })}\n`,
);
