/** The suite's own articles: committed text files in e2e/fixtures, and bad files written at test time. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface Article {
  path: string;
  /** The document's title: its first line of text. */
  title: string;
}

/** UTF-8, CRLF line endings, emoji (one a ZWJ sequence), CJK, Arabic (RTL) and combining accents. */
export const harbourLedger: Article = {
  path: join(FIXTURES, 'harbour-ledger.txt'),
  title: 'Harbour Ledger: a mixed-script report',
};

/** Markdown with headings, emphasis, a link and a list. */
export const tideTables: Article = {
  path: join(FIXTURES, 'tide-tables.md'),
  title: 'Tide Tables and Their Critics',
};

/** "Letters to the “Harbour Gazette”" and more, in Windows-1252 (0x93/0x94 curly quotes, 0x92, 0x97, 0xE9). */
export const WINDOWS_1252_TITLE = 'Letters to the \u201cHarbour Gazette\u201d';

const cp1252: Record<string, number> = {
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2019': 0x92,
  '\u2014': 0x97,
  '\u00e9': 0xe9,
};

function encodeWindows1252(text: string): Buffer {
  return Buffer.from(
    Array.from(text).map((ch) => {
      const code = cp1252[ch] ?? ch.charCodeAt(0);
      if (code > 0xff) throw new Error(`No Windows-1252 byte for ${ch}`);
      return code;
    }),
  );
}

export interface BadFiles {
  windows1252: Article;
  empty: string;
  binary: string;
}

/** Writes the files that cannot be committed as text into `dir`. */
export function writeBadFiles(dir: string): BadFiles {
  mkdirSync(dir, { recursive: true });
  const windows1252 = join(dir, 'gazette-letters.txt');
  const letter = [
    WINDOWS_1252_TITLE,
    '',
    'The editor\u2019s reply \u2014 printed in the caf\u00e9 edition \u2014 said the tide tables were \u201cbroadly right\u201d.',
    '',
  ].join('\r\n');
  writeFileSync(windows1252, encodeWindows1252(letter));
  const empty = join(dir, 'empty-notes.txt');
  writeFileSync(empty, Buffer.alloc(0));
  const binary = join(dir, 'harbour-photo.txt');
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
  const body = Buffer.alloc(2048);
  for (let i = 0; i < body.length; i++) body[i] = (i * 37 + 11) % 256;
  writeFileSync(binary, Buffer.concat([png, body]));
  return { windows1252: { path: windows1252, title: WINDOWS_1252_TITLE }, empty, binary };
}

/** Three short reports of one invented event (a ferry grounding) with differing numbers and sources. */
const WORKBENCH = join(FIXTURES, 'workbench');
export const courier: Article = {
  path: join(WORKBENCH, 'courier.txt'),
  title: 'Ferry Marisol Dawn runs aground off Kestrel Bay',
};
export const valleyPost: Article = {
  path: join(WORKBENCH, 'valley-post.txt'),
  title: 'Nearly 500 evacuated as ferry hits shoal',
};
export const ledger: Article = {
  path: join(WORKBENCH, 'ledger.txt'),
  title: 'Operator says steering fault grounded ferry',
};
/** A new version of the courier's file: one sentence rewritten, so a span on it is orphaned. */
export const courierRevised = join(WORKBENCH, 'courier-revised.txt');

/** An article quoting `count` witnesses by name, one paragraph each: many sources for one claim to pick from. */
export function writeWitnessArticle(dir: string, count: number): Article & { witnesses: string[] } {
  mkdirSync(dir, { recursive: true });
  const title = 'Witnesses on the quay';
  const witnesses = Array.from({ length: count }, (_, i) => `witness ${String(i + 1).padStart(2, '0')} Amara Lind`);
  const paragraphs = witnesses.map((w, i) => `The ferry listed to port, ${w} said, ${i + 2} minutes after the jolt.`);
  const path = join(dir, 'witnesses.txt');
  writeFileSync(path, [title, '', 'The ferry was evacuated by lifeboat.', '', ...paragraphs].join('\n\n'), 'utf8');
  return { path, title, witnesses };
}
